package org.designcontest.newsletter.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.designcontest.newsletter.entity.Newsletter;
import org.designcontest.newsletter.entity.Segment;

/**
 * Who receives a newsletter, a page at a time in account id order (the batch reader's checkpoint is
 * the last id read): subscribed to its list, address confirmed, not suspended, and in its segment.
 * Enforced here, in the query, so that no later step can forget it.
 */
@ApplicationScoped
public class NewsletterRecipients {

  /** One recipient, with the categories they follow (for the digest). */
  public record Recipient(
      long accountId, String email, String displayName, List<String> categories) {}

  private static final String SELECT =
      "select a.id, a.email, a.display_name,"
          + " coalesce((select string_agg(f.category_code, ',' order by f.category_code)"
          + " from followed_category f where f.account_id = a.id), '')"
          + " from newsletter_subscription s join account a on a.id = s.account_id"
          + " where s.list = ?1 and s.unsubscribed_at is null and s.account_id > ?2"
          + " and a.suspended_at is null and a.email_verified_at is not null"
          + " and a.created_at <= ?5 and ";

  private static final String FOLLOWS_ANY =
      "exists (select 1 from followed_category f where f.account_id = a.id)";

  @PersistenceContext EntityManager em;

  /**
   * Up to {@code max} recipients with ids above {@code afterId}, in id order, among the accounts
   * that existed at {@code cutoff} (its release: the audience does not grow while it is being
   * sent).
   */
  public List<Recipient> after(Newsletter newsletter, Instant cutoff, long afterId, int max) {
    Query query =
        em.createNativeQuery(SELECT + condition(newsletter.segment()) + " order by a.id limit ?3")
            .setParameter(1, newsletter.segment().list().name())
            .setParameter(2, afterId)
            .setParameter(3, max)
            .setParameter(5, cutoff.atOffset(ZoneOffset.UTC));
    newsletter.categoryCode().ifPresent(code -> query.setParameter(4, code));
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            row ->
                new Recipient(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    (String) row[2],
                    ((String) row[3]).isEmpty()
                        ? List.of()
                        : Arrays.asList(((String) row[3]).split(","))))
        .toList();
  }

  private static String condition(Segment segment) {
    return switch (segment) {
      case DESIGNERS -> "a.role = 'DESIGNER'";
      case COMPANIES -> "a.role = 'CUSTOMER'";
      case EVERYONE -> "true";
      case CATEGORY ->
          "a.role = 'DESIGNER' and exists (select 1 from followed_category f"
              + " where f.account_id = a.id and f.category_code = ?4)";
      case DIGEST -> "a.role = 'DESIGNER' and " + FOLLOWS_ANY;
    };
  }
}
