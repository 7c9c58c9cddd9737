package org.designcontest.chat.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.designcontest.account.entity.Account;
import org.designcontest.chat.entity.Conversation;
import org.designcontest.chat.entity.Side;
import org.designcontest.contest.entity.Contest;
import org.designcontest.entry.entity.ContestPseudonym;
import org.designcontest.entry.entity.Entry;

/**
 * What each side calls the other: the designer's side sees the company's name; the company sees the
 * designer's contest pseudonym until that designer is the contest's winner (the reveal), then their
 * name. The one place the chat decides anonymity.
 */
@ApplicationScoped
public class ChatNames {

  @PersistenceContext EntityManager em;

  /** The names in one conversation. */
  public record Names(String company, String designerToCompany, String designerToDesigner) {

    /** The designer as {@code viewer}'s side sees them. */
    public String designer(Side viewer) {
      return viewer == Side.COMPANY ? designerToCompany : designerToDesigner;
    }

    /** The sender of a message from {@code from}, as {@code viewer}'s side sees them. */
    public String sender(Side from, Side viewer) {
      return from == Side.COMPANY ? company : designer(viewer);
    }
  }

  public Names of(Conversation conversation, Contest contest) {
    String name = em.find(Account.class, conversation.designerId()).displayName();
    return new Names(
        contest.company().name(),
        isWinner(conversation, contest) ? name : pseudonym(conversation),
        name);
  }

  private boolean isWinner(Conversation conversation, Contest contest) {
    return contest
        .winningEntryId()
        .map(id -> em.find(Entry.class, id).designerId() == conversation.designerId())
        .orElse(false);
  }

  private String pseudonym(Conversation conversation) {
    return em.createNamedQuery(ContestPseudonym.NUMBER_OF, Integer.class)
        .setParameter("contestId", conversation.contestId())
        .setParameter("designerId", conversation.designerId())
        .getResultStream()
        .findFirst()
        .map(ContestPseudonym::name)
        .orElse("A designer");
  }
}
