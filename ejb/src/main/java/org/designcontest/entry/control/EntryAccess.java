package org.designcontest.entry.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.designcontest.account.control.Caller;
import org.designcontest.contest.entity.Contest;
import org.designcontest.entry.entity.Entry;
import org.designcontest.platform.boundary.NotFoundException;

/**
 * Who may look at an entry, its image and its revisions: its designer, the contest's company and
 * moderators. Anyone else gets 404, so that an entry's existence does not leak (blindness).
 */
@ApplicationScoped
public class EntryAccess {

  @PersistenceContext EntityManager em;

  public Entry viewable(Caller caller, long entryId) {
    Entry entry = em.find(Entry.class, entryId);
    Contest contest = entry == null ? null : em.find(Contest.class, entry.contestId());
    boolean allowed =
        contest != null
            && (caller.actsFor(contest.company())
                || caller.isModerator()
                || (!caller.isAnonymous() && caller.account().id() == entry.designerId()));
    if (!allowed) {
      throw new NotFoundException("There is no entry " + entryId + ".");
    }
    return entry;
  }
}
