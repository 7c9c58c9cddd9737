package org.designcontest.newsletter.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;

/**
 * One recipient's rendered newsletter, as the batch job queues it and the sender sends it. The
 * Message-ID follows from the newsletter and the recipient: the same email can be recognised as a
 * duplicate wherever it arrives.
 */
public record NewsletterMail(
    long newsletterId,
    long accountId,
    String to,
    String subject,
    String text,
    String html,
    String unsubscribeUrl) {

  public String messageId() {
    return "<newsletter-" + newsletterId + "-" + accountId + "@designcontest>";
  }

  public static String toJson(List<NewsletterMail> mails) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (NewsletterMail mail : mails) {
      array.add(
          Json.createObjectBuilder()
              .add("newsletterId", mail.newsletterId)
              .add("accountId", mail.accountId)
              .add("to", mail.to)
              .add("subject", mail.subject)
              .add("text", mail.text)
              .add("html", mail.html)
              .add("unsubscribeUrl", mail.unsubscribeUrl));
    }
    return array.build().toString();
  }

  public static List<NewsletterMail> fromJson(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      JsonArray array = reader.readArray();
      return array.getValuesAs(JsonObject.class).stream()
          .map(
              o ->
                  new NewsletterMail(
                      o.getJsonNumber("newsletterId").longValue(),
                      o.getJsonNumber("accountId").longValue(),
                      o.getString("to"),
                      o.getString("subject"),
                      o.getString("text"),
                      o.getString("html"),
                      o.getString("unsubscribeUrl")))
          .toList();
    }
  }
}
