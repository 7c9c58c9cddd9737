package org.designcontest.mail.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Every few seconds, on every instance, sends what is due in the outbox. */
@Singleton
public class MailSweep {

  private static final int BATCH = 200;

  @Inject MailDelivery delivery;

  @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
  void sendDueMail() {
    while (delivery.deliverDue(BATCH) == BATCH) {
      // a full batch: there may be more due
    }
  }
}
