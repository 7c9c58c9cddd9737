package org.designcontest.newsletter.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.designcontest.mail.control.MailTemplates;
import org.designcontest.mail.control.PublicLinks;
import org.designcontest.newsletter.control.NewsletterRecipients.Recipient;
import org.designcontest.newsletter.control.OpenContests.OpenContest;
import org.designcontest.newsletter.entity.Newsletter;
import org.designcontest.platform.control.SafeHtml;

/**
 * Renders one recipient's newsletter from the templates in {@code mail/}: the weekly digest of the
 * open contests in the categories they follow (none if there are none), or an announcement. Every
 * email ends with a link to the newsletter settings and an unsubscribe link that needs no sign-in.
 */
@ApplicationScoped
public class NewsletterMails {

  private static final DateTimeFormatter DEADLINE =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  @Inject MailTemplates templates;

  @Inject PublicLinks links;

  @Inject UnsubscribeTokens tokens;

  /** The digest for {@code recipient}, or nothing if no open contest is in their categories. */
  public Optional<NewsletterMail> digest(
      Newsletter newsletter, Recipient recipient, OpenContests.ByCategory open) {
    List<OpenContest> contests = open.forFollower(recipient.categories());
    if (contests.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> values = common(newsletter, recipient);
    values.put(
        "contests",
        contests.stream()
            .map(
                contest ->
                    Map.of(
                        "title", contest.title(),
                        "link", links.to("/contest.xhtml?id=" + contest.id()),
                        "prize",
                            contest.prizeAmount().toPlainString() + " " + contest.prizeCurrency(),
                        "deadline", DEADLINE.format(contest.deadlineAt())))
            .toList());
    values.put("count", contests.size());
    return Optional.of(mail(newsletter, recipient, "newsletter-digest", values));
  }

  /** The announcement for {@code recipient}; {@code bodyText} is its body as plain text. */
  public NewsletterMail announcement(Newsletter newsletter, Recipient recipient, String bodyText) {
    Map<String, Object> values = common(newsletter, recipient);
    values.put("body", SafeHtml.sanitised(newsletter.bodyHtml()));
    values.put("bodyText", bodyText);
    return mail(newsletter, recipient, "newsletter-announcement", values);
  }

  private Map<String, Object> common(Newsletter newsletter, Recipient recipient) {
    Map<String, Object> values = new HashMap<>();
    values.put("subject", newsletter.subject());
    values.put("name", recipient.displayName());
    values.put("settings", links.to("/newsletter-settings.xhtml"));
    return values;
  }

  private NewsletterMail mail(
      Newsletter newsletter, Recipient recipient, String template, Map<String, Object> values) {
    String token = tokens.issue(recipient.accountId(), newsletter.segment().list());
    values.put("unsubscribe", links.to("/unsubscribe.xhtml?token=" + token));
    String oneClick = links.to("/api/unsubscribe?token=" + token);
    return new NewsletterMail(
        newsletter.id(),
        recipient.accountId(),
        recipient.email(),
        newsletter.subject(),
        templates.text(template, values),
        templates.html(template, values),
        oneClick);
  }
}
