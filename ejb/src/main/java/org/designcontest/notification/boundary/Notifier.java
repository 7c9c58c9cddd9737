package org.designcontest.notification.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.designcontest.account.control.Callers;
import org.designcontest.contest.entity.Contest;
import org.designcontest.entry.entity.ContestPseudonym;
import org.designcontest.entry.entity.Entry;
import org.designcontest.event.entity.DomainEvent;
import org.designcontest.notification.control.DigestSchedules;
import org.designcontest.notification.control.LiveNotices;
import org.designcontest.notification.control.NotificationMails;
import org.designcontest.notification.control.NotificationRule;
import org.designcontest.notification.control.NotificationRules;
import org.designcontest.notification.control.Preferences;
import org.designcontest.notification.control.Recipients;
import org.designcontest.notification.control.Recipients.Recipient;
import org.designcontest.notification.control.Wording;
import org.designcontest.notification.entity.Delivery;
import org.designcontest.notification.entity.Notification;
import org.designcontest.notification.entity.NotificationKind;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Turns domain events into notifications for the people they concern (NotificationRules), once per
 * event and person: a redelivered event finds its notifications written and adds nothing, not even
 * an email. Each new notification is emailed now, waits for the person's digest, or stays in the
 * app, as they chose; and their open pages hear of it.
 */
@Stateless
public class Notifier {

  private static final Logger LOG = Logger.getLogger(Notifier.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject Recipients recipients;

  @Inject Preferences preferences;

  @Inject NotificationMails mails;

  @Inject DigestSchedules digests;

  @Inject LiveNotices live;

  @Inject MetricRegistry metrics;

  public void notifyAbout(List<DomainEvent> events) {
    for (DomainEvent event : events) {
      List<NotificationRule> rules = NotificationRules.of(event.type());
      if (!rules.isEmpty()) {
        notifyAbout(event, rules);
      }
    }
  }

  private void notifyAbout(DomainEvent event, List<NotificationRule> rules) {
    Contest contest = em.find(Contest.class, event.contestId());
    Wording wording = Wording.of(event, contest, pseudonym(event));
    Set<Long> told = new HashSet<>();
    actorAccount(event).ifPresent(told::add); // nobody is told what they did themselves
    int created = 0;
    for (NotificationRule rule : rules) {
      for (Recipient recipient : recipients.of(rule.audience(), event)) {
        if (told.add(recipient.id())) {
          Notice notice =
              new Notice(
                  event.eventId(),
                  event.contestId(),
                  event.entryId(),
                  rule.kind(),
                  wording.fill(rule.title()),
                  wording.fill(rule.body()),
                  NotificationRules.link(rule.audience(), event.type(), contest));
          created += notify(notice, recipient) ? 1 : 0;
        }
      }
    }
    metrics.counter("notifications.created").inc(created);
    int written = created;
    LOG.info(
        () ->
            "notifications: "
                + event.type()
                + " event="
                + event.eventId()
                + " contest="
                + event.contestId()
                + " new="
                + written
                + " people="
                + (told.size() - (actorAccount(event).isPresent() ? 1 : 0)));
  }

  /**
   * What to tell people of one happening ({@code eventId}: the same happening told twice is one
   * notification per person).
   */
  public record Notice(
      UUID eventId,
      long contestId,
      Long entryId,
      NotificationKind kind,
      String title,
      String body,
      String link) {}

  /**
   * Tells each recipient, as {@link #notifyAbout(List)} does for a domain event's rules; for what
   * is not a contest's domain event (unread chat messages). Returns how many were told now.
   */
  public int notify(Notice notice, List<Recipient> people) {
    int created = 0;
    for (Recipient recipient : people) {
      created += notify(notice, recipient) ? 1 : 0;
    }
    metrics.counter("notifications.created").inc(created);
    return created;
  }

  /** False if this person was told of this before (a redelivery). */
  private boolean notify(Notice notice, Recipient recipient) {
    Delivery email = preferences.of(recipient.id(), notice.kind());
    String title = notice.title();
    String body = notice.body();
    String link = notice.link();
    @SuppressWarnings("unchecked")
    List<Object[]> written =
        em.createNamedQuery(Notification.RECORD)
            .setParameter(1, notice.eventId())
            .setParameter(2, recipient.id())
            .setParameter(3, notice.kind().name())
            .setParameter(4, notice.contestId())
            .setParameter(5, notice.entryId())
            .setParameter(6, title)
            .setParameter(7, body)
            .setParameter(8, link)
            .setParameter(9, OffsetDateTime.now(clock))
            .setParameter(10, email.name())
            .getResultList();
    if (written.isEmpty()) {
      return false;
    }
    long notificationId = ((Number) written.get(0)[0]).longValue();
    long unreadBefore = ((Number) written.get(0)[1]).longValue();
    switch (email) {
      case IMMEDIATELY -> mails.immediately(notificationId, recipient.email(), title, body, link);
      case DAILY -> digests.expect(recipient.id());
      case NEVER -> {}
    }
    live.notificationArrived(recipient.id(), notificationId, title, link, unreadBefore + 1);
    return true;
  }

  /** The company's name for the designer of the entry the event is about, if any. */
  private String pseudonym(DomainEvent event) {
    if (event.entryId() == null) {
      return null;
    }
    Entry entry = em.find(Entry.class, event.entryId());
    return em.createNamedQuery(ContestPseudonym.NUMBER_OF, Integer.class)
        .setParameter("contestId", entry.contestId())
        .setParameter("designerId", entry.designerId())
        .getResultStream()
        .findFirst()
        .map(ContestPseudonym::name)
        .orElse(null);
  }

  private static Optional<Long> actorAccount(DomainEvent event) {
    return event.actor().startsWith(Callers.ACCOUNT_PREFIX)
        ? Optional.of(Long.parseLong(event.actor().substring(Callers.ACCOUNT_PREFIX.length())))
        : Optional.empty();
  }
}
