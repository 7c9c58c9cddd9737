package org.designcontest.mail.control;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the MIME message of one email: from the session's sender, UTF-8, a plain-text part and,
 * when there is one, an HTML alternative, with the Message-ID we chose (so a resend is
 * recognisable) and any extra headers.
 */
public final class MailMessages {

  private static final String UTF_8 = StandardCharsets.UTF_8.name();

  private MailMessages() {}

  public static MimeMessage build(
      Session session,
      String recipient,
      String subject,
      String bodyText,
      Optional<String> bodyHtml,
      String messageId,
      Map<String, String> headers,
      Instant now)
      throws MessagingException {
    MimeMessage message =
        new MimeMessage(session) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
          }
        };
    message.setFrom();
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
    message.setSubject(subject, UTF_8);
    if (bodyHtml.isPresent()) {
      MimeBodyPart text = new MimeBodyPart();
      text.setText(bodyText, UTF_8);
      MimeBodyPart html = new MimeBodyPart();
      html.setText(bodyHtml.get(), UTF_8, "html");
      message.setContent(new MimeMultipart("alternative", text, html));
    } else {
      message.setText(bodyText, UTF_8);
    }
    for (Map.Entry<String, String> header : headers.entrySet()) {
      message.setHeader(header.getKey(), header.getValue());
    }
    message.setSentDate(Date.from(now));
    return message;
  }
}
