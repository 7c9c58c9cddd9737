package org.designcontest.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.UUID;
import org.designcontest.mail.entity.OutgoingMail;

/** Where services put email: it is sent only if their transaction commits. */
@ApplicationScoped
public class MailOutbox {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  /** A plain-text email about the recipient's own account. */
  public void send(String recipient, String subject, String text) {
    send("mail-" + UUID.randomUUID(), recipient, subject, text, null);
  }

  /**
   * An email with plain-text and HTML parts. {@code key} names what it is about (a notification, a
   * digest) and becomes its Message-ID: the same key is never two emails.
   */
  public void send(String key, String recipient, String subject, String text, String html) {
    em.persist(
        new OutgoingMail(
            "<" + key + "@designcontest>", recipient, subject, text, html, clock.instant()));
  }
}
