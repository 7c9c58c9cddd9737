package org.designcontest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.designcontest.account.entity.Account;
import org.designcontest.account.entity.Company;
import org.designcontest.contest.boundary.ContestBrief;
import org.designcontest.contest.entity.Category;
import org.designcontest.contest.entity.Contest;
import org.designcontest.event.boundary.ContestHistory;
import org.designcontest.event.control.EventPublisher;
import org.designcontest.event.entity.DomainEvent;
import org.designcontest.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server: an event published through the JMS port is sent only when the transaction that
 * saved the draft commits, and recording an event twice (a redelivery) leaves one line in the
 * history.
 */
@ExtendWith(ArquillianExtension.class)
class ContestDraftingIT {

  @Deployment
  static WebArchive app() {
    return Deployments.withTestLibraries(Deployments.app());
  }

  @Inject EventPublisher events;

  @Inject ContestHistory history;

  @Inject UserTransaction tx;

  @PersistenceContext EntityManager em;

  private long staff;

  @BeforeEach
  void seedCompanyStaff() throws Exception {
    tx.begin();
    Company company = new Company("Inside Co " + UUID.randomUUID(), Instant.now());
    em.persist(company);
    Account account =
        Account.companyStaff(UUID.randomUUID() + "@example.test", "Staff", company, Instant.now());
    em.persist(account);
    tx.commit();
    staff = account.id();
  }

  @Test
  void rolledBackDraftPublishesNothing() throws Exception {
    tx.begin();
    long rolledBack = saveDraftAndAnnounce("Never saved");
    tx.rollback();

    tx.begin();
    long committed = saveDraftAndAnnounce("Saved");
    tx.commit();

    // the committed draft's event crosses the broker; the rolled-back one's never does
    await()
        .pollInSameThread()
        .atMost(Duration.ofSeconds(30))
        .until(() -> history.of(committed).size() == 1);
    await()
        .pollInSameThread()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(5))
        .until(() -> history.of(rolledBack).isEmpty());
    assertThat(em.find(Contest.class, rolledBack)).isNull();
  }

  @Test
  void redeliveredEventIsRecordedOnce() {
    DomainEvent event = DomainEvent.contestDrafted(424242L, staff, Instant.now());

    history.record(event);
    history.record(event);

    assertThat(history.of(424242L))
        .singleElement()
        .satisfies(recorded -> assertThat(recorded.eventId()).isEqualTo(event.eventId()));
  }

  /** What ContestService.draft does in its transaction: save, then publish through the port. */
  private long saveDraftAndAnnounce(String title) {
    Account author = em.find(Account.class, staff);
    Contest contest =
        Contest.draft(
            author.company().orElseThrow(),
            author,
            ContestBrief.of(title, "logo", "A brief.", new BigDecimal("300"), "USD").values(),
            em.find(Category.class, "logo"),
            Instant.now());
    em.persist(contest);
    em.flush();
    events.publish(DomainEvent.contestDrafted(contest.id(), staff, Instant.now()));
    return contest.id();
  }
}
