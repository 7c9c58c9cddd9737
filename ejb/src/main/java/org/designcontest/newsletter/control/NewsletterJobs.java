package org.designcontest.newsletter.control;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Properties;
import java.util.logging.Logger;
import org.designcontest.newsletter.entity.Newsletter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts, stops and restarts a newsletter's batch job ({@code META-INF/batch-jobs/newsletter.xml})
 * through the Jakarta Batch API, and reads its progress summed over all its executions (a restart
 * counts on from where the stopped one ended).
 *
 * <p>Outside any transaction: the batch runtime writes its job repository with the application's
 * datasource, and inside the caller's transaction those rows (even the repository's tables, on
 * first use) stay invisible to the job's own thread until the caller commits, or vanish if it rolls
 * back (Payara issue 5133). The caller's changes to the newsletter still commit with the caller.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NewsletterJobs {

  private static final Logger LOG = Logger.getLogger(NewsletterJobs.class.getName());

  static final String JOB = "newsletter";

  @Inject
  @ConfigProperty(name = "NEWSLETTER_CHUNK", defaultValue = "100")
  int chunkSize;

  @Inject Clock clock;

  /** The job's counts: recipients read, queued (written), left out (nothing to send). */
  public record Progress(BatchStatus status, long read, long queued, long skipped) {

    public static final Progress NOT_STARTED = new Progress(null, 0, 0, 0);
  }

  /** Starts the newsletter's job; its row must already be committed (the job reads it). */
  public void start(Newsletter newsletter) {
    newsletter.released(clock.instant());
    long execution = operator().start(JOB, parameters(newsletter));
    newsletter.startedAs(execution);
    LOG.info(
        () -> "newsletter job started: newsletter=" + newsletter.id() + " execution=" + execution);
  }

  public void stop(Newsletter newsletter) {
    long execution = newsletter.jobExecutionId().orElseThrow();
    operator().stop(execution);
    LOG.info(
        () -> "newsletter job stopping: newsletter=" + newsletter.id() + " execution=" + execution);
  }

  public void restart(Newsletter newsletter) {
    long stopped = newsletter.jobExecutionId().orElseThrow();
    long execution = operator().restart(stopped, parameters(newsletter));
    newsletter.startedAs(execution);
    LOG.info(
        () ->
            "newsletter job restarted: newsletter="
                + newsletter.id()
                + " execution="
                + execution
                + " after="
                + stopped);
  }

  /**
   * A new job for a newsletter whose job died with its instance (the batch runtime still calls it
   * running, and will not restart it): it goes on after the last recorded delivery.
   */
  public void resume(Newsletter newsletter) {
    long dead = newsletter.jobExecutionId().orElseThrow();
    long execution = operator().start(JOB, parameters(newsletter));
    newsletter.startedAs(execution);
    LOG.warning(
        () ->
            "newsletter job resumed: newsletter="
                + newsletter.id()
                + " execution="
                + execution
                + " after the dead execution="
                + dead);
  }

  public BatchStatus status(Newsletter newsletter) {
    return newsletter
        .jobExecutionId()
        .map(id -> operator().getJobExecution(id).getBatchStatus())
        .orElse(null);
  }

  public Progress progress(Newsletter newsletter) {
    if (newsletter.jobExecutionId().isEmpty()) {
      return Progress.NOT_STARTED;
    }
    JobOperator operator = operator();
    long latest = newsletter.jobExecutionId().get();
    long read = 0;
    long written = 0;
    long skipped = 0;
    for (JobExecution execution : operator.getJobExecutions(operator.getJobInstance(latest))) {
      for (StepExecution step : operator.getStepExecutions(execution.getExecutionId())) {
        for (Metric metric : step.getMetrics()) {
          switch (metric.getType()) {
            case READ_COUNT -> read += metric.getValue();
            case WRITE_COUNT -> written += metric.getValue();
            case FILTER_COUNT, READ_SKIP_COUNT, PROCESS_SKIP_COUNT, WRITE_SKIP_COUNT ->
                skipped += metric.getValue();
            default -> {}
          }
        }
      }
    }
    return new Progress(operator.getJobExecution(latest).getBatchStatus(), read, written, skipped);
  }

  private Properties parameters(Newsletter newsletter) {
    Properties parameters = new Properties();
    parameters.setProperty("newsletterId", String.valueOf(newsletter.id()));
    parameters.setProperty("chunkSize", String.valueOf(chunkSize));
    return parameters;
  }

  private static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }
}
