package org.designcontest.entry.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.designcontest.contest.entity.Contest;
import org.designcontest.entry.entity.Entry;

/**
 * A contest's finalists (designers), chosen by its company or, when the window ends without a
 * choice, by the published rule: the designers of the N best-rated live entries (unrated ranks
 * below rated; ties: earlier submission first).
 */
@ApplicationScoped
public class Finalists {

  /** Who chose the finalists. */
  public enum ChosenBy {
    COMPANY,
    PLATFORM
  }

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  /** Records the finalists the rule picks and returns their designers, best first. */
  public Set<Long> chooseByRule(Contest contest) {
    Set<Long> designers = new LinkedHashSet<>();
    for (Entry entry :
        em.createNamedQuery(Entry.RANKED_LIVE, Entry.class)
            .setParameter("contestId", contest.id())
            .getResultList()) {
      if (designers.size() == contest.finalistCount()) {
        break;
      }
      designers.add(entry.designerId());
    }
    record(contest, designers, ChosenBy.PLATFORM);
    return designers;
  }

  public void record(Contest contest, Collection<Long> designers, ChosenBy chosenBy) {
    for (long designer : designers) {
      em.createNamedQuery(Entry.RECORD_FINALIST)
          .setParameter(1, contest.id())
          .setParameter(2, designer)
          .setParameter(3, chosenBy.name())
          .setParameter(4, clock.instant().atOffset(ZoneOffset.UTC))
          .executeUpdate();
    }
  }
}
