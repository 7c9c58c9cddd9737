package org.designcontest.newsletter.control;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.designcontest.newsletter.control.NewsletterRecipients.Recipient;
import org.designcontest.newsletter.entity.Newsletter;
import org.designcontest.platform.control.SafeHtml;

/**
 * Renders each recipient's email. Someone whose digest would be empty gets none: the item is
 * filtered (the step's filter count says how many).
 */
// @Dependent: a bean (the module discovers annotated beans only), new for each step run
@Dependent
@Named
public class NewsletterProcessor implements ItemProcessor {

  @Inject
  @BatchProperty(name = "newsletterId")
  String newsletterId;

  @PersistenceContext EntityManager em;

  @Inject NewsletterMails mails;

  @Inject OpenContests openContests;

  // loaded once per step run: the same for every recipient
  private Newsletter newsletter;
  private OpenContests.ByCategory open;
  private String bodyText;

  @Override
  public Object processItem(Object item) {
    if (newsletter == null) {
      newsletter = em.find(Newsletter.class, Long.parseLong(newsletterId));
      em.detach(newsletter);
      if (newsletter.kind() == Newsletter.Kind.WEEKLY_DIGEST) {
        open = openContests.now();
      } else {
        bodyText = SafeHtml.asText(newsletter.bodyHtml());
      }
    }
    Recipient recipient = (Recipient) item;
    return newsletter.kind() == Newsletter.Kind.WEEKLY_DIGEST
        ? mails.digest(newsletter, recipient, open).orElse(null)
        : mails.announcement(newsletter, recipient, bodyText);
  }
}
