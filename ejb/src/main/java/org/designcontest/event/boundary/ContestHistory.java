package org.designcontest.event.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.designcontest.event.entity.ContestEvent;
import org.designcontest.event.entity.DomainEvent;

/** The event history of each contest: written once per event, read in order. */
@Stateless
public class ContestHistory {

  // The fields as DomainEvent.toJson(List) writes them.
  private static final String INSERT_FROM_JSON =
      "insert into contest_event (event_id, event_type, contest_id, actor, occurred_at,"
          + " recorded_at, entry_id, detail)"
          + " select e.\"eventId\", e.type, e.\"contestId\", e.actor, e.\"occurredAt\", ?2,"
          + " e.\"entryId\", e.detail from json_to_recordset(cast(?1 as json)) as e(\"eventId\" uuid,"
          + " type varchar, \"contestId\" bigint, actor varchar, \"occurredAt\" timestamptz,"
          + " \"entryId\" bigint, detail varchar) on conflict (event_id) do nothing";

  private static final Logger LOG = Logger.getLogger(ContestHistory.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  /** Records the event unless it was recorded before (a redelivery). */
  public void record(DomainEvent event) {
    recordAll(List.of(event));
  }

  /**
   * Records each event unless it was recorded before (a redelivery), in one statement: the events
   * go to PostgreSQL as the JSON array they travel in, and the unique event id decides which are
   * new. One log line for the message.
   */
  public void recordAll(List<DomainEvent> events) {
    int inserted =
        em.createNativeQuery(INSERT_FROM_JSON)
            .setParameter(1, DomainEvent.toJson(events))
            .setParameter(2, OffsetDateTime.now(clock))
            .executeUpdate();
    LOG.info(
        () ->
            events.size() == 1
                ? (inserted == 1 ? "event recorded: " : "event already recorded: ")
                    + events.get(0).type()
                    + " event="
                    + events.get(0).eventId()
                    + " contest="
                    + events.get(0).contestId()
                : "events recorded: "
                    + inserted
                    + " new of "
                    + events.size()
                    + " "
                    + events.stream()
                        .collect(
                            Collectors.groupingBy(
                                DomainEvent::type, TreeMap::new, Collectors.counting())));
  }

  public List<ContestEvent> of(long contestId) {
    return em.createNamedQuery(ContestEvent.OF_CONTEST, ContestEvent.class)
        .setParameter("contestId", contestId)
        .getResultList();
  }
}
