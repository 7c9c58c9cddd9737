package org.designcontest.newsletter.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.designcontest.account.control.Caller;
import org.designcontest.account.control.Callers;
import org.designcontest.account.control.FollowedCategories;
import org.designcontest.account.entity.Account;
import org.designcontest.account.entity.Role;
import org.designcontest.contest.entity.Category;
import org.designcontest.newsletter.control.UnsubscribeTokens;
import org.designcontest.newsletter.control.UnsubscribeTokens.Unsubscription;
import org.designcontest.newsletter.entity.MailingList;
import org.designcontest.platform.boundary.InvalidFieldException;
import org.designcontest.platform.control.SqlValues;

/**
 * Which newsletters a person gets (and since when they agreed), the categories a designer's digest
 * covers, and unsubscribing from an email's link without signing in.
 */
@Stateless
public class Subscriptions {

  private static final Logger LOG = Logger.getLogger(Subscriptions.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Callers callers;

  @Inject FollowedCategories followedCategories;

  @Inject UnsubscribeTokens tokens;

  @Inject Clock clock;

  /** One list: subscribed or not, and when consent was given (null if never). */
  public record ListChoice(boolean subscribed, Instant consentAt) {}

  /**
   * A person's newsletter settings. In a change, a null leaves that part as it is.
   *
   * @param categories the categories a designer follows (their digest's content)
   */
  public record Settings(Map<MailingList, ListChoice> lists, List<String> categories) {}

  /** A change: whether to get each list, and (designers) which categories to follow. */
  public record Change(Boolean weeklyDigest, Boolean announcements, List<String> categories) {}

  /** A category as the categories page lists it. */
  public record CategoryChoice(String code, String name, long openContests, boolean followed) {}

  /**
   * Every category with its open contests; {@code canFollow} for designers, who see which they
   * follow (the categories their weekly digest covers).
   */
  public record CategoryList(boolean canFollow, List<CategoryChoice> categories) {}

  /** The categories for anyone, signed in or not. */
  public CategoryList categories() {
    Caller caller = callers.current();
    boolean designer = caller.actsAsPerson() && caller.account().role() == Role.DESIGNER;
    Set<String> followed =
        designer
            ? caller.account().followedCategories().stream()
                .map(Category::code)
                .collect(Collectors.toSet())
            : Set.of();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select g.code, g.name, (select count(*) from contest c"
                    + " where c.category_code = g.code and c.stage = 'OPEN')"
                    + " from category g order by g.name")
            .getResultList();
    return new CategoryList(
        designer,
        rows.stream()
            .map(
                row ->
                    new CategoryChoice(
                        (String) row[0],
                        (String) row[1],
                        ((Number) row[2]).longValue(),
                        followed.contains((String) row[0])))
            .toList());
  }

  /**
   * A designer follows one more category, or no longer follows it; the same change as the settings
   * page's (only designers follow categories, unknown ones are refused).
   */
  public Settings follow(String category, boolean follow) {
    List<String> codes = new ArrayList<>(mine().categories());
    codes.remove(category);
    if (follow) {
      codes.add(category);
    }
    return change(new Change(null, null, codes));
  }

  public Settings mine() {
    return settingsOf(callers.current().requirePerson());
  }

  /** Nothing changes unless all of it is valid. */
  public Settings change(Change change) {
    Account me = callers.current().requirePerson();
    boolean designer = me.role() == Role.DESIGNER;
    if (change == null) {
      throw new InvalidFieldException("body", "Send the settings to change.");
    }
    if (!designer && Boolean.TRUE.equals(change.weeklyDigest())) {
      throw new InvalidFieldException(
          "weeklyDigest", "The weekly digest of open contests is for designers.");
    }
    if (!designer && change.categories() != null) {
      throw new InvalidFieldException("categories", "Only designers follow categories.");
    }
    if (change.categories() != null) {
      me.changeDesignerProfile(
          me.portfolioUrl().orElse(null), followedCategories.resolve(change.categories()));
    }
    if (change.weeklyDigest() != null) {
      choose(me.id(), MailingList.WEEKLY_DIGEST, change.weeklyDigest());
    }
    if (change.announcements() != null) {
      choose(me.id(), MailingList.ANNOUNCEMENTS, change.announcements());
    }
    return settingsOf(me);
  }

  /**
   * Takes the token's person off the token's list (again harmless). A 400 naming {@code token} if
   * it is not one of ours.
   */
  public MailingList unsubscribe(String token) {
    Unsubscription unsubscription =
        tokens
            .verify(token)
            .orElseThrow(
                () -> new InvalidFieldException("token", "This unsubscribe link is not valid."));
    int changed =
        em.createNativeQuery(
                "update newsletter_subscription set unsubscribed_at = ?3"
                    + " where account_id = ?1 and list = ?2 and unsubscribed_at is null")
            .setParameter(1, unsubscription.accountId())
            .setParameter(2, unsubscription.list().name())
            .setParameter(3, clock.instant().atOffset(ZoneOffset.UTC))
            .executeUpdate();
    LOG.info(
        () ->
            "unsubscribed: account="
                + unsubscription.accountId()
                + " list="
                + unsubscription.list()
                + (changed == 0 ? " (already)" : ""));
    return unsubscription.list();
  }

  private void choose(long accountId, MailingList list, boolean subscribed) {
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    if (subscribed) { // consent given now, unless it stands already
      em.createNativeQuery(
              "insert into newsletter_subscription (account_id, list, consent_at, consent_source)"
                  + " values (?1, ?2, ?3, 'SETTINGS') on conflict (account_id, list) do update"
                  + " set consent_at = excluded.consent_at, consent_source = 'SETTINGS',"
                  + " unsubscribed_at = null"
                  + " where newsletter_subscription.unsubscribed_at is not null")
          .setParameter(1, accountId)
          .setParameter(2, list.name())
          .setParameter(3, now)
          .executeUpdate();
    } else {
      em.createNativeQuery(
              "update newsletter_subscription set unsubscribed_at = ?3"
                  + " where account_id = ?1 and list = ?2 and unsubscribed_at is null")
          .setParameter(1, accountId)
          .setParameter(2, list.name())
          .setParameter(3, now)
          .executeUpdate();
    }
  }

  private Settings settingsOf(Account me) {
    em.flush();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select list, unsubscribed_at is null, consent_at from newsletter_subscription"
                    + " where account_id = ?1")
            .setParameter(1, me.id())
            .getResultList();
    Map<MailingList, ListChoice> lists = new EnumMap<>(MailingList.class);
    for (MailingList list : MailingList.values()) {
      if (list == MailingList.ANNOUNCEMENTS || me.role() == Role.DESIGNER) {
        lists.put(list, new ListChoice(false, null));
      }
    }
    for (Object[] row : rows) {
      lists.put(
          MailingList.valueOf((String) row[0]),
          new ListChoice((Boolean) row[1], SqlValues.instant(row[2])));
    }
    List<String> categories =
        new ArrayList<>(me.followedCategories().stream().map(c -> c.code()).sorted().toList());
    return new Settings(lists, categories);
  }
}
