package org.designcontest.newsletter.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.designcontest.newsletter.entity.Newsletter;

/**
 * Creates weekly digests and starts their jobs, each step committed on its own so that the job can
 * read the row: the digest for a week (whichever instance asks first gets it; the others get
 * nothing), or an extra one now.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WeeklyDigests {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  @PersistenceContext EntityManager em;

  @Inject NewsletterJobs jobs;

  /** The id of the week's digest if this call created it; empty if it already exists. */
  public Optional<Long> claim(LocalDate monday) {
    @SuppressWarnings("unchecked")
    List<Number> created =
        em.createNativeQuery(
                "insert into newsletter (kind, subject, segment, status, digest_week, created_at)"
                    + " values ('WEEKLY_DIGEST', ?1, 'DIGEST', 'DRAFT', ?2, now())"
                    + " on conflict (digest_week) do nothing returning id")
            .setParameter(1, subject(monday))
            .setParameter(2, monday)
            .getResultList();
    return created.stream().findFirst().map(Number::longValue);
  }

  /** A digest outside the schedule (staff sending one now). */
  public long extra(LocalDate today, long staffId) {
    return ((Number)
            em.createNativeQuery(
                    "insert into newsletter (kind, subject, segment, status, written_by, created_at)"
                        + " values ('WEEKLY_DIGEST', ?1, 'DIGEST', 'DRAFT', ?2, now())"
                        + " returning id")
                .setParameter(1, subject(today))
                .setParameter(2, staffId)
                .getSingleResult())
        .longValue();
  }

  /** Starts a digest's job, once its row has committed. */
  public void start(long id) {
    jobs.start(em.find(Newsletter.class, id));
  }

  private static String subject(LocalDate day) {
    return "Open contests for you: week of " + DAY.format(day);
  }
}
