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
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.designcontest.mail.control.MailMessages;
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

  @Inject DeliveryLog deliveries;

  @Inject SendRate rate;

  @Inject Clock clock;

  @Inject MetricRegistry metrics;

  public void send(List<NewsletterMail> queued) throws MessagingException {
    if (queued.isEmpty()) {
      return;
    }
    long newsletterId = queued.get(0).newsletterId();
    Set<Long> pending =
        deliveries.pending(newsletterId, queued.stream().map(NewsletterMail::accountId).toList());
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
      deliveries.sent(newsletterId, sent);
    }
    LOG.fine(() -> "newsletter mails: newsletter=" + newsletterId + " sent=" + sent.size());
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
      deliveries.refused(
          mail.newsletterId(), mail.accountId(), String.valueOf(refused.getMessage()));
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
}
