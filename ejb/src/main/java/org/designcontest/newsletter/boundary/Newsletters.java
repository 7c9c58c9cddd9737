package org.designcontest.newsletter.boundary;

import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.designcontest.account.control.Callers;
import org.designcontest.account.entity.Account;
import org.designcontest.contest.entity.Category;
import org.designcontest.mail.control.MailOutbox;
import org.designcontest.newsletter.control.DeliveryLog;
import org.designcontest.newsletter.control.NewsletterJobs;
import org.designcontest.newsletter.control.NewsletterJobs.Progress;
import org.designcontest.newsletter.control.NewsletterMail;
import org.designcontest.newsletter.control.NewsletterMails;
import org.designcontest.newsletter.control.NewsletterRecipients.Recipient;
import org.designcontest.newsletter.control.OpenContests;
import org.designcontest.newsletter.control.WeeklyDigests;
import org.designcontest.newsletter.entity.Newsletter;
import org.designcontest.newsletter.entity.NewsletterStatus;
import org.designcontest.newsletter.entity.Segment;
import org.designcontest.platform.boundary.ConflictException;
import org.designcontest.platform.boundary.InvalidFieldException;
import org.designcontest.platform.boundary.NotFoundException;
import org.designcontest.platform.control.SafeHtml;

/**
 * What administrators do with newsletters: write an announcement, preview it, send themselves a
 * test, release it; send a digest now; follow, stop and restart a sending job.
 */
@Stateless
public class Newsletters {

  private static final Logger LOG = Logger.getLogger(Newsletters.class.getName());

  /** A chunk takes well under a second: a job this long without one died with its instance. */
  static final Duration DEAD_AFTER = Duration.ofMinutes(2);

  @PersistenceContext EntityManager em;

  @Inject Callers callers;

  @Inject NewsletterJobs jobs;

  @Inject NewsletterMails mails;

  @Inject OpenContests openContests;

  @Inject WeeklyDigests digests;

  @Inject MailOutbox outbox;

  @Inject DeliveryLog deliveryLog;

  @Inject Clock clock;

  /** A newsletter with how far its sending has come. */
  public record Summary(
      long id,
      Newsletter.Kind kind,
      String subject,
      Segment segment,
      String category,
      NewsletterStatus status,
      BatchStatus jobStatus,
      Instant createdAt,
      Instant releasedAt,
      Progress progress,
      Deliveries deliveries) {}

  /** The emails of a newsletter by where they are. */
  public record Deliveries(long queued, long sent, long failed) {}

  /** One recipient's email, as the caller would receive it. */
  public record Preview(String subject, String html, String text) {}

  public List<Summary> latest(int max) {
    callers.current().requireAdmin();
    return em
        .createNamedQuery(Newsletter.LATEST, Newsletter.class)
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(this::summary)
        .toList();
  }

  public Summary get(long id) {
    callers.current().requireAdmin();
    return summary(find(id));
  }

  public Summary announce(
      @NotNull(message = "Send the announcement.") @Valid Announcement announcement) {
    Account staff = callers.current().requireAdmin();
    String body = SafeHtml.sanitised(announcement.body());
    if (SafeHtml.isBlank(body)) {
      throw new InvalidFieldException(
          "body", "Write the announcement (formatting alone is empty).");
    }
    if (announcement.segment() == Segment.DIGEST) {
      throw new InvalidFieldException(
          "segment", "Choose designers, companies, everyone or a category.");
    }
    String category = null;
    if (announcement.segment() == Segment.CATEGORY) {
      category = announcement.category() == null ? "" : announcement.category().strip();
      if (em.find(Category.class, category) == null) {
        throw new InvalidFieldException("category", "Choose one of the categories.");
      }
    }
    Newsletter newsletter =
        Newsletter.announcement(
            announcement.subject().strip(),
            body,
            announcement.segment(),
            category,
            staff.id(),
            clock.instant());
    em.persist(newsletter);
    em.flush();
    LOG.info(() -> "announcement written: newsletter=" + newsletter.id() + " by=" + staff.id());
    return summary(newsletter);
  }

  /** The newsletter as the caller would get it (a digest from today's open contests). */
  public Preview preview(long id) {
    Account staff = callers.current().requireAdmin();
    NewsletterMail mail = render(find(id), staff);
    return new Preview(mail.subject(), mail.html(), mail.text());
  }

  /** Emails the caller their own copy, marked as a test. */
  public void testSend(long id) {
    Account staff = callers.current().requireAdmin();
    Newsletter newsletter = find(id);
    NewsletterMail mail = render(newsletter, staff);
    outbox.send(
        "newsletter-test-" + id + "-" + clock.millis(),
        staff.email(),
        "[Test] " + mail.subject(),
        mail.text(),
        mail.html());
    LOG.info(() -> "newsletter test sent: newsletter=" + id + " to=" + staff.id());
  }

  public Summary release(long id) {
    callers.current().requireAdmin();
    Newsletter newsletter = find(id);
    // a conditional update, not a read and a write: of two releases at once, one gets the row
    int claimed =
        em.createNamedQuery(Newsletter.RELEASE)
            .setParameter("id", id)
            .setParameter("now", clock.instant())
            .executeUpdate();
    if (claimed == 0) {
      throw new ConflictException("This newsletter was released already.");
    }
    em.refresh(newsletter);
    jobs.start(newsletter);
    return summary(newsletter);
  }

  /**
   * A weekly digest now, outside the schedule. Outside a transaction: the digest's row commits
   * before its job starts, which reads it.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long sendDigestNow() {
    Account staff = callers.current().requireAdmin();
    long id = digests.extra(LocalDate.now(clock.withZone(ZoneOffset.UTC)), staff.id());
    digests.start(id);
    LOG.info(() -> "weekly digest sent on demand: newsletter=" + id + " by=" + staff.id());
    return id;
  }

  public Summary stop(long id) {
    callers.current().requireAdmin();
    Newsletter newsletter = find(id);
    BatchStatus status = jobs.status(newsletter);
    if (status != BatchStatus.STARTING && status != BatchStatus.STARTED) {
      throw new ConflictException("Its job is not running (" + status + ").");
    }
    jobs.stop(newsletter);
    return summary(newsletter);
  }

  /**
   * Restarts a stopped or failed job from its checkpoint; resumes one that says it runs but has not
   * moved for {@link #DEAD_AFTER} (its instance died) with a new job after its last delivery.
   */
  public Summary restart(long id) {
    callers.current().requireAdmin();
    Newsletter newsletter = find(id);
    BatchStatus status = jobs.status(newsletter);
    if (status == BatchStatus.STOPPED || status == BatchStatus.FAILED) {
      jobs.restart(newsletter);
    } else if ((status == BatchStatus.STARTED || status == BatchStatus.STARTING)
        && newsletter.lastMovedAt().orElseThrow().isBefore(clock.instant().minus(DEAD_AFTER))) {
      jobs.resume(newsletter);
    } else {
      throw new ConflictException(
          "Only a stopped or failed job restarts, or one that has not moved for "
              + DEAD_AFTER.toMinutes()
              + " minutes (this one is "
              + status
              + ").");
    }
    return summary(newsletter);
  }

  private NewsletterMail render(Newsletter newsletter, Account staff) {
    Recipient me = new Recipient(staff.id(), staff.email(), staff.displayName(), categoryCodes());
    if (newsletter.kind() == Newsletter.Kind.ANNOUNCEMENT) {
      return mails.announcement(newsletter, me, SafeHtml.asText(newsletter.bodyHtml()));
    }
    return mails
        .digest(newsletter, me, openContests.now())
        .orElseThrow(() -> new ConflictException("No contest is open: the digest would be empty."));
  }

  /** Staff follow no categories: their preview of a digest shows every category's contests. */
  private List<String> categoryCodes() {
    return em.createQuery("select c.code from Category c", String.class).getResultList();
  }

  private Newsletter find(long id) {
    Newsletter newsletter = em.find(Newsletter.class, id);
    if (newsletter == null) {
      throw new NotFoundException("There is no newsletter " + id + ".");
    }
    return newsletter;
  }

  private Summary summary(Newsletter newsletter) {
    Map<String, Long> counts = deliveryLog.countByStatus(newsletter.id());
    return new Summary(
        newsletter.id(),
        newsletter.kind(),
        newsletter.subject(),
        newsletter.segment(),
        newsletter.categoryCode().orElse(null),
        newsletter.status(),
        jobs.status(newsletter),
        newsletter.createdAt(),
        newsletter.releasedAt().orElse(null),
        jobs.progress(newsletter),
        new Deliveries(
            counts.getOrDefault("QUEUED", 0L),
            counts.getOrDefault("SENT", 0L),
            counts.getOrDefault("FAILED", 0L)));
  }
}
