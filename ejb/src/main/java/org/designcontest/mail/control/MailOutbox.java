package org.designcontest.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.designcontest.mail.entity.OutgoingMail;

/** Where services put email: it is sent only if their transaction commits. */
@ApplicationScoped
public class MailOutbox {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  public void send(String recipient, String subject, String text) {
    em.persist(new OutgoingMail(recipient, subject, text, clock.instant()));
  }
}
