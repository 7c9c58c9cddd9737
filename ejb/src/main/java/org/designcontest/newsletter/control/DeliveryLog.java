package org.designcontest.newsletter.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.designcontest.platform.control.SqlValues;

/**
 * The one place that reads and writes {@code newsletter_delivery}: a row per newsletter and
 * recipient, QUEUED when the job hands the email to the queue, then SENT or FAILED. The row is what
 * makes a newsletter reach a person once, whatever is restarted or redelivered.
 */
@ApplicationScoped
public class DeliveryLog {

  @PersistenceContext EntityManager em;

  /** Records the recipients as queued; returns those who had no delivery yet. */
  public Set<Long> queue(long newsletterId, Collection<Long> accountIds) {
    return ids(
        em.createNativeQuery(
                "insert into newsletter_delivery (newsletter_id, account_id, status, queued_at)"
                    + " select ?1, unnest(cast(?2 as bigint[])), 'QUEUED', now()"
                    + " on conflict do nothing returning account_id")
            .setParameter(1, newsletterId)
            .setParameter(2, SqlValues.ofIds(accountIds))
            .getResultList());
  }

  /** Those of the recipients not yet sent to. */
  public Set<Long> pending(long newsletterId, Collection<Long> accountIds) {
    return ids(
        em.createNativeQuery(
                "select account_id from newsletter_delivery where newsletter_id = ?1"
                    + " and account_id = any(cast(?2 as bigint[])) and status <> 'SENT'")
            .setParameter(1, newsletterId)
            .setParameter(2, SqlValues.ofIds(accountIds))
            .getResultList());
  }

  public void sent(long newsletterId, Collection<Long> accountIds) {
    if (!accountIds.isEmpty()) {
      em.createNativeQuery(
              "update newsletter_delivery set status = 'SENT', sent_at = now(),"
                  + " attempts = attempts + 1, last_error = null"
                  + " where newsletter_id = ?1 and account_id = any(cast(?2 as bigint[]))")
          .setParameter(1, newsletterId)
          .setParameter(2, SqlValues.ofIds(accountIds))
          .executeUpdate();
    }
  }

  /** The mail server refused this address, for {@code reason}. */
  public void refused(long newsletterId, long accountId, String reason) {
    em.createNativeQuery(
            "update newsletter_delivery set status = 'FAILED', attempts = attempts + 1,"
                + " last_error = left(?3, 500) where newsletter_id = ?1 and account_id = ?2")
        .setParameter(1, newsletterId)
        .setParameter(2, accountId)
        .setParameter(3, reason)
        .executeUpdate();
  }

  /** The highest recipient id with a delivery (0 if none): where a dead job's last chunk ended. */
  public long lastRecorded(long newsletterId) {
    return ((Number)
            em.createNativeQuery(
                    "select coalesce(max(account_id), 0) from newsletter_delivery"
                        + " where newsletter_id = ?1")
                .setParameter(1, newsletterId)
                .getSingleResult())
        .longValue();
  }

  /** How many deliveries are in each status (QUEUED, SENT, FAILED). */
  public Map<String, Long> countByStatus(long newsletterId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select status, count(*) from newsletter_delivery where newsletter_id = ?1"
                    + " group by status")
            .setParameter(1, newsletterId)
            .getResultList();
    return rows.stream()
        .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
  }

  /**
   * Fresh planner statistics. The rows grow from none to one per recipient within minutes, faster
   * than autovacuum looks: without them the sender's updates scan the whole newsletter
   * (docs/benchmarks/newsletters.md).
   */
  public void refreshStatistics() {
    em.createNativeQuery("analyze newsletter_delivery").executeUpdate();
  }

  private static Set<Long> ids(List<?> rows) {
    Set<Long> ids = new HashSet<>();
    rows.forEach(id -> ids.add(((Number) id).longValue()));
    return ids;
  }
}
