package org.designcontest.newsletter.control;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.designcontest.newsletter.control.NewsletterRecipients.Recipient;
import org.designcontest.newsletter.entity.Newsletter;

/**
 * Reads a newsletter's recipients in account id order, a page of queries ahead. Its checkpoint is
 * the id of the last recipient handed out, so a restart goes on with the next one. A new job for a
 * newsletter already partly sent (resumed after its instance died) starts after the last recipient
 * whose delivery was recorded: the chunks commit in id order, so that is where the dead job's last
 * checkpoint was. Each checkpoint also records that the job is alive.
 */
// @Dependent: a bean (the module discovers annotated beans only), new for each step run
@Dependent
@Named
public class NewsletterReader extends AbstractItemReader {

  private static final int PAGE = 500;

  /** After this many chunks the delivery table's statistics are refreshed, once per run. */
  private static final int STATISTICS_AFTER = 3;

  @Inject
  @BatchProperty(name = "newsletterId")
  String newsletterId;

  @PersistenceContext EntityManager em;

  @Inject NewsletterRecipients recipients;

  @Inject DeliveryLog deliveries;

  private final Deque<Recipient> ahead = new ArrayDeque<>();

  private Newsletter newsletter;

  private Instant cutoff;

  private long lastRead;

  private boolean exhausted;

  private int checkpoints;

  @Override
  public void open(Serializable checkpoint) {
    newsletter = em.find(Newsletter.class, Long.parseLong(newsletterId));
    // the release commits with the job's start, so the very first read may come before it
    cutoff = newsletter.releasedAt().orElseGet(Instant::now);
    lastRead = checkpoint == null ? deliveries.lastRecorded(newsletter.id()) : (Long) checkpoint;
  }

  @Override
  public Object readItem() {
    if (ahead.isEmpty() && !exhausted) {
      long from = lastRead;
      ahead.addAll(recipients.after(newsletter, cutoff, from, PAGE));
      exhausted = ahead.size() < PAGE;
    }
    Recipient next = ahead.poll();
    if (next != null) {
      lastRead = next.accountId();
    }
    return next;
  }

  @Override
  public Serializable checkpointInfo() {
    em.createNativeQuery("update newsletter set heartbeat_at = now() where id = ?1")
        .setParameter(1, newsletter.id())
        .executeUpdate();
    if (++checkpoints == STATISTICS_AFTER) {
      deliveries.refreshStatistics();
    }
    return lastRead;
  }
}
