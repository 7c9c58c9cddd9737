package org.designcontest.mail.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.designcontest.mail.entity.OutgoingMail;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Hands one batch of due mail to the SMTP server over one connection, in its own transaction. When
 * the server cannot be reached, the whole batch waits for its next attempt (backing off); when it
 * refuses one message, only that one does.
 */
@Stateless
public class MailDelivery {

  private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

  @Resource(lookup = "mail/designcontest")
  Session session;

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject MetricRegistry metrics;

  /** Sends up to {@code max} due mails; returns how many were due (sent or not). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int deliverDue(int max) {
    @SuppressWarnings("unchecked")
    List<OutgoingMail> due =
        em.createNamedQuery(OutgoingMail.CLAIM_DUE)
            .setParameter(1, clock.instant().atOffset(ZoneOffset.UTC))
            .setParameter(2, max)
            .getResultList();
    if (due.isEmpty()) {
      return 0;
    }
    int next = 0;
    int sent = 0;
    try (Transport smtp = session.getTransport()) {
      smtp.connect();
      for (; next < due.size(); next++) {
        sent += send(smtp, due.get(next)) ? 1 : 0;
      }
    } catch (MessagingException e) { // no connection, or it broke: the rest waits
      due.subList(next, due.size()).forEach(mail -> failed(mail, e));
    }
    metrics.counter("mail.sent").inc(sent);
    metrics.counter("mail.failed").inc(due.size() - sent);
    int accepted = sent;
    LOG.info(() -> "mail batch: sent=" + accepted + " of " + due.size());
    return due.size();
  }

  /** False if the server refused this message; a lost connection is thrown. */
  private boolean send(Transport smtp, OutgoingMail mail) throws MessagingException {
    MimeMessage message = message(mail);
    try {
      smtp.sendMessage(message, message.getAllRecipients());
    } catch (SendFailedException e) {
      failed(mail, e);
      return false;
    }
    mail.sent(clock.instant());
    LOG.fine(() -> "mail sent: mail=" + mail.id() + " to=" + mail.recipient());
    return true;
  }

  private void failed(OutgoingMail mail, MessagingException e) {
    mail.failed(e.getMessage(), clock.instant());
    LOG.warning(
        () ->
            "mail not sent: mail="
                + mail.id()
                + " attempt="
                + mail.attempts()
                + " retry at "
                + mail.nextAttemptAt()
                + ": "
                + e.getMessage());
  }

  private MimeMessage message(OutgoingMail mail) throws MessagingException {
    return MailMessages.build(
        session,
        mail.recipient(),
        mail.subject(),
        mail.bodyText(),
        mail.bodyHtml(),
        mail.messageId(),
        Map.of(),
        clock.instant());
  }
}
