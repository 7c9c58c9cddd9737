package org.designcontest.contest.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.designcontest.contest.entity.Contest;
import org.designcontest.contest.entity.ContestReminder;

/**
 * Schedules the reminders of a decision the company owes (72 h and 24 h before its deadline) as
 * rows the deadline sweep emits. Called wherever such a deadline is set.
 */
@ApplicationScoped
public class Reminders {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  public void scheduleFor(Contest contest) {
    contest
        .companyDecisionDue()
        .ifPresent(
            deadline -> {
              for (int hours : ContestReminder.HOURS_BEFORE) {
                Instant due = ContestReminder.dueAt(deadline, hours);
                if (due.isAfter(
                    clock.instant())) { // a window shorter than that gets no such reminder
                  em.createNamedQuery(ContestReminder.SCHEDULE)
                      .setParameter(1, contest.id())
                      .setParameter(2, contest.stage().name())
                      .setParameter(3, deadline.atOffset(ZoneOffset.UTC))
                      .setParameter(4, hours)
                      .setParameter(5, due.atOffset(ZoneOffset.UTC))
                      .executeUpdate();
                }
              }
            });
  }
}
