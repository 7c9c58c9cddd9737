package org.designcontest.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.awaitility.Awaitility;

/** A real SMTP server (GreenMail) that the app sends to in the tests; tests read what arrived. */
public final class TestMail {

  private static GreenMail server;

  private TestMail() {}

  public static synchronized void start() {
    if (server != null) {
      return;
    }
    int port = Integer.parseInt(System.getProperty("it.smtp.port"));
    server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    System.out.println("GreenMail SMTP started on port " + port);
  }

  public static synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  /** Every message that arrived for the address so far (none while the server is stopped). */
  public static synchronized List<MimeMessage> to(String address) {
    if (server == null) {
      return List.of();
    }
    return Arrays.stream(server.getReceivedMessages())
        .filter(message -> isFor(message, address))
        .toList();
  }

  /** Every message that arrived so far, to anyone. */
  public static synchronized List<MimeMessage> all() {
    return server == null ? List.of() : Arrays.asList(server.getReceivedMessages());
  }

  /**
   * Waits (up to a minute) for the one message to the address with this subject, and returns it.
   */
  public static MimeMessage awaitOne(String address, String subject) {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> to(address).stream().filter(m -> subject.equals(subjectOf(m))).toList(),
            found -> found.size() == 1)
        .get(0);
  }

  public static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isFor(MimeMessage message, String address) {
    try {
      Address[] recipients = message.getAllRecipients();
      return recipients != null
          && Arrays.stream(recipients).anyMatch(r -> r.toString().equalsIgnoreCase(address));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
