package org.designcontest.newsletter.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

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

  // looked up once: Json.createObjectBuilder() searches the class path for a provider on each call,
  // once per recipient (docs/benchmarks/newsletters.md)
  private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());
  private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

  public String messageId() {
    return "<newsletter-" + newsletterId + "-" + accountId + "@designcontest>";
  }

  public static String toJson(List<NewsletterMail> mails) {
    JsonArrayBuilder array = BUILDERS.createArrayBuilder();
    for (NewsletterMail mail : mails) {
      array.add(
          BUILDERS
              .createObjectBuilder()
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
    try (var reader = READERS.createReader(new StringReader(json))) {
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
