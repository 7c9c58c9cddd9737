package org.designcontest.event.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;
import org.designcontest.event.entity.ContestEvent;
import org.designcontest.event.entity.DomainEvent;

/** The event history of each contest: written once per event, read in order. */
@Stateless
public class ContestHistory {

  private static final Logger LOG = Logger.getLogger(ContestHistory.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  /** Records the event unless it was recorded before (a redelivery). */
  public void record(DomainEvent event) {
    int inserted =
        em.createNamedQuery(ContestEvent.RECORD_ONCE)
            .setParameter(1, event.eventId().toString())
            .setParameter(2, event.type().name())
            .setParameter(3, event.contestId())
            .setParameter(4, event.actor())
            .setParameter(5, OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC))
            .setParameter(6, OffsetDateTime.now(clock))
            .setParameter(7, event.entryId())
            .setParameter(8, event.detail())
            .executeUpdate();
    LOG.info(
        () ->
            (inserted == 1 ? "event recorded: " : "event already recorded: ")
                + event.type()
                + " event="
                + event.eventId()
                + " contest="
                + event.contestId());
  }

  public List<ContestEvent> of(long contestId) {
    return em.createNamedQuery(ContestEvent.OF_CONTEST, ContestEvent.class)
        .setParameter("contestId", contestId)
        .getResultList();
  }
}
