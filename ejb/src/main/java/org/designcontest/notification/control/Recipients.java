package org.designcontest.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.designcontest.event.entity.DomainEvent;
import org.designcontest.notification.entity.Audience;

/** Finds the people of an audience for one event. */
@ApplicationScoped
public class Recipients {

  /** A person to notify: the account and where their email goes. */
  public record Recipient(long id, String email) {}

  @PersistenceContext EntityManager em;

  public List<Recipient> of(Audience audience, DomainEvent event) {
    return of(audience, event.contestId(), event.entryId());
  }

  /** The audience of a contest, or of one of its entries. */
  public List<Recipient> of(Audience audience, long contestId, Long entryId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(audience.query())
            .setParameter(1, contestId)
            .setParameter(2, entryId == null ? -1L : entryId)
            .getResultList();
    return rows.stream()
        .map(row -> new Recipient(((Number) row[0]).longValue(), (String) row[1]))
        .toList();
  }
}
