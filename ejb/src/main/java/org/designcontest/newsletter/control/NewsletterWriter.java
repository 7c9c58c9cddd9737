package org.designcontest.newsletter.control;

import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Records a delivery per recipient and hands the chunk's emails to the {@code newsletters} queue as
 * one message, in the chunk's transaction (with its checkpoint): either all of a chunk is queued
 * and remembered, or none of it. A recipient who already has a delivery (a restart going over the
 * same ground) is left out.
 */
// @Dependent: a bean (the module discovers annotated beans only), new for each step run
@Dependent
@Named
public class NewsletterWriter extends AbstractItemWriter {

  private static final Logger LOG = Logger.getLogger(NewsletterWriter.class.getName());

  static final String NEWSLETTER_ID = "newsletterId";

  @Inject DeliveryLog deliveries;

  @Inject
  @JMSConnectionFactory("jms/designcontest")
  JMSContext jms;

  @Resource(lookup = "jms/newsletters")
  Queue newsletters;

  @Override
  public void writeItems(List<Object> items) {
    List<NewsletterMail> mails = items.stream().map(NewsletterMail.class::cast).toList();
    long newsletterId = mails.get(0).newsletterId();
    Set<Long> fresh =
        deliveries.queue(newsletterId, mails.stream().map(NewsletterMail::accountId).toList());
    List<NewsletterMail> queued =
        mails.stream().filter(m -> fresh.contains(m.accountId())).toList();
    if (!queued.isEmpty()) {
      jms.createProducer()
          .setProperty(NEWSLETTER_ID, newsletterId)
          .send(newsletters, NewsletterMail.toJson(queued));
    }
    LOG.fine(() -> "newsletter chunk: newsletter=" + newsletterId + " queued=" + queued.size());
  }
}
