package org.designcontest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.designcontest.account.entity.Account;
import org.designcontest.account.entity.Company;
import org.designcontest.contest.boundary.ContestBrief;
import org.designcontest.contest.control.DueContests;
import org.designcontest.contest.entity.Category;
import org.designcontest.contest.entity.Contest;
import org.designcontest.contest.entity.Stage;
import org.designcontest.event.boundary.ContestHistory;
import org.designcontest.event.entity.EventType;
import org.designcontest.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server: two sweeps at the same time over the same due contests make one transition
 * each (FOR UPDATE SKIP LOCKED), however the work falls between them.
 */
@ExtendWith(ArquillianExtension.class)
class DeadlineSweepIT {

  private static final int DUE = 40;

  @Deployment
  static WebArchive app() {
    return Deployments.withTestLibraries(Deployments.app());
  }

  @Inject DueContests due;

  @Inject ContestHistory history;

  @Inject UserTransaction tx;

  @PersistenceContext EntityManager em;

  @Resource ManagedExecutorService executor;

  @Test
  void twoSweepsAtOnceMoveEachDueContestOnce() throws Exception {
    List<Long> contests = dueContests();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> sweeps = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      sweeps.add(
          executor.submit(
              () -> {
                start.await();
                int applied = 0;
                for (int batch = due.applyNextBatch(); batch > 0; batch = due.applyNextBatch()) {
                  applied += batch;
                }
                return applied;
              }));
    }
    start.countDown();
    int applied = 0;
    for (Future<Integer> sweep : sweeps) {
      applied += sweep.get();
    }

    // the two sweeps (and the scheduled one, which may have taken some) never did a contest twice
    assertThat(applied).isLessThanOrEqualTo(DUE);
    // what the scheduled sweep took may still be committing when the two return
    await()
        .pollInSameThread()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                contests.stream()
                    .allMatch(
                        id -> em.find(Contest.class, id).stage() == Stage.FINALIST_SELECTION));
    await()
        .pollInSameThread()
        .atMost(Duration.ofSeconds(30))
        .until(() -> contests.stream().allMatch(id -> closings(id) == 1));
    await()
        .pollInSameThread()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(5))
        .until(() -> contests.stream().allMatch(id -> closings(id) == 1));
  }

  private long closings(long contestId) {
    return history.of(contestId).stream()
        .filter(event -> event.eventType() == EventType.ENTRIES_CLOSED)
        .count();
  }

  /** Contests launched long enough ago that their qualifying round is over. */
  private List<Long> dueContests() throws Exception {
    tx.begin();
    Company company = new Company("Sweep Co " + UUID.randomUUID(), Instant.now());
    em.persist(company);
    Account staff =
        Account.companyStaff(UUID.randomUUID() + "@example.test", "Staff", company, Instant.now());
    em.persist(staff);
    List<Contest> created = new ArrayList<>();
    for (int i = 0; i < DUE; i++) {
      Contest contest =
          Contest.draft(
              company,
              staff,
              ContestBrief.of("Due " + i, "logo", "", new BigDecimal("100"), "USD").values(),
              em.find(Category.class, "logo"),
              Instant.now());
      contest.launch(Instant.now().minus(Duration.ofDays(8)));
      em.persist(contest);
      created.add(contest);
    }
    tx.commit();
    return created.stream().map(Contest::id).toList();
  }
}
