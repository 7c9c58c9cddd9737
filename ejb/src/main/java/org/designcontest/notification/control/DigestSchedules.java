package org.designcontest.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.designcontest.notification.entity.DigestSchedule;

/** When each person's daily digest goes out. */
@ApplicationScoped
public class DigestSchedules {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  /** Something waits for this person's digest: make sure one is scheduled. */
  public void expect(long accountId) {
    em.createNamedQuery(DigestSchedule.EXPECT)
        .setParameter(1, accountId)
        .setParameter(2, DigestSchedule.DEFAULT_HOUR)
        .setParameter(3, DigestSchedule.DEFAULT_ZONE.getId())
        .setParameter(
            4,
            DigestSchedule.nextAfter(
                    clock.instant(), DigestSchedule.DEFAULT_HOUR, DigestSchedule.DEFAULT_ZONE)
                .atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }

  /** The person's schedule, or the default one (not stored until needed). */
  public DigestSchedule of(long accountId) {
    DigestSchedule schedule = em.find(DigestSchedule.class, accountId);
    return schedule == null ? new DigestSchedule(accountId, clock.instant()) : schedule;
  }

  public void choose(long accountId, int hour, ZoneId zone) {
    expect(accountId); // the row exists, whoever wrote it first
    em.find(DigestSchedule.class, accountId).reschedule(hour, zone, clock.instant());
  }
}
