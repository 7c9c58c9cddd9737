package org.designcontest.mail.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.logging.Logger;
import org.designcontest.mail.entity.OutgoingMail;

/** Hands one batch of due mail to the SMTP server, in its own transaction. */
@Stateless
public class MailDelivery {

  private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

  @Resource(lookup = "mail/designcontest")
  Session session;

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  /** Sends up to {@code max} due mails; returns how many the server accepted. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int deliverDue(int max) {
    @SuppressWarnings("unchecked")
    List<OutgoingMail> due =
        em.createNamedQuery(OutgoingMail.CLAIM_DUE)
            .setParameter(1, clock.instant().atOffset(ZoneOffset.UTC))
            .setParameter(2, max)
            .getResultList();
    int sent = 0;
    for (OutgoingMail mail : due) {
      try {
        Transport.send(message(mail));
        mail.sent(clock.instant());
        sent++;
        LOG.info(() -> "mail sent: mail=" + mail.id() + " to=" + mail.recipient());
      } catch (MessagingException e) {
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
    }
    return sent;
  }

  private MimeMessage message(OutgoingMail mail) throws MessagingException {
    MimeMessage message =
        new MimeMessage(session) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", mail.messageId());
          }
        };
    message.setFrom();
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient()));
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    message.setText(mail.bodyText(), StandardCharsets.UTF_8.name());
    message.setSentDate(Date.from(clock.instant()));
    return message;
  }
}
