package org.designcontest.newsletter.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.designcontest.mail.control.MailMessages;
import org.designcontest.platform.control.SqlValues;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Sends one queued message's newsletter emails over one SMTP connection, at the configured rate,
 * and marks them sent. Emails already sent (a redelivered message) are not sent again; an address
 * the server refuses is marked failed with the reason; a lost connection is thrown after marking
 * what went, so the message is redelivered for the rest (and ends in the dead-letter queue if the
 * server stays away).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class NewsletterSender {

  private static final Logger LOG = Logger.getLogger(NewsletterSender.class.getName());

  @Resource(lookup = "mail/designcontest")
  Session session;

  @PersistenceContext EntityManager em;

  @Inject SendRate rate;

  @Inject Clock clock;

  @Inject MetricRegistry metrics;

  public void send(List<NewsletterMail> queued) throws MessagingException {
    if (queued.isEmpty()) {
      return;
    }
    long newsletterId = queued.get(0).newsletterId();
    Set<Long> pending = pending(newsletterId, queued);
    if (pending.isEmpty()) { // a redelivery of a message sent in full: no server needed
      return;
    }
    List<Long> sent = new ArrayList<>();
    try (Transport smtp = session.getTransport()) {
      smtp.connect();
      for (NewsletterMail mail : queued) {
        if (pending.contains(mail.accountId())) {
          rate.acquire();
          if (send(smtp, mail)) {
            sent.add(mail.accountId());
          }
        }
      }
    } finally {
      markSent(newsletterId, sent);
    }
    LOG.fine(() -> "newsletter mails: newsletter=" + newsletterId + " sent=" + sent.size());
  }

  /** Those of the message's recipients not yet sent to. */
  private Set<Long> pending(long newsletterId, List<NewsletterMail> queued) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "select account_id from newsletter_delivery where newsletter_id = ?1"
                    + " and account_id = any(cast(?2 as bigint[])) and status <> 'SENT'")
            .setParameter(1, newsletterId)
            .setParameter(
                2, SqlValues.ofIds(queued.stream().map(NewsletterMail::accountId).toList()))
            .getResultList();
    Set<Long> pending = new HashSet<>();
    ids.forEach(id -> pending.add(id.longValue()));
    return pending;
  }

  private boolean send(Transport smtp, NewsletterMail mail) throws MessagingException {
    try {
      MimeMessage message =
          MailMessages.build(
              session,
              mail.to(),
              mail.subject(),
              mail.text(),
              Optional.of(mail.html()),
              mail.messageId(),
              Map.of(
                  "List-Unsubscribe",
                  "<" + mail.unsubscribeUrl() + ">",
                  "List-Unsubscribe-Post",
                  "List-Unsubscribe=One-Click"),
              clock.instant());
      smtp.sendMessage(message, message.getAllRecipients());
      metrics.counter("newsletter.sent").inc();
      return true;
    } catch (SendFailedException | AddressException refused) { // this address, not the server
      em.createNativeQuery(
              "update newsletter_delivery set status = 'FAILED', attempts = attempts + 1,"
                  + " last_error = left(?3, 500) where newsletter_id = ?1 and account_id = ?2")
          .setParameter(1, mail.newsletterId())
          .setParameter(2, mail.accountId())
          .setParameter(3, String.valueOf(refused.getMessage()))
          .executeUpdate();
      metrics.counter("newsletter.failed").inc();
      LOG.warning(
          () ->
              "newsletter mail refused: newsletter="
                  + mail.newsletterId()
                  + " account="
                  + mail.accountId()
                  + ": "
                  + refused.getMessage());
      return false;
    }
  }

  private void markSent(long newsletterId, List<Long> accountIds) {
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
}
