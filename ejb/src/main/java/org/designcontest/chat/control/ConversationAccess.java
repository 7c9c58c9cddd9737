package org.designcontest.chat.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.logging.Logger;
import org.designcontest.account.control.Caller;
import org.designcontest.chat.entity.Conversation;
import org.designcontest.chat.entity.Side;
import org.designcontest.contest.entity.Contest;
import org.designcontest.platform.boundary.InvalidFieldException;
import org.designcontest.platform.boundary.NotFoundException;

/**
 * Who may read and write a conversation: the contest's company (its staff and its tokens) and the
 * designer. A moderator reads only with a reason, which is recorded; anyone else gets 404, so that
 * a conversation's existence does not leak.
 */
@ApplicationScoped
public class ConversationAccess {

  private static final Logger LOG = Logger.getLogger(ConversationAccess.class.getName());

  /** The longest reason a moderator may give. */
  public static final int MAX_REASON = 500;

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  /** A participant's or an inspecting moderator's view; 401 for nobody, 404 for anyone else. */
  public Participant reader(Caller caller, long conversationId, String reason) {
    caller.requireAccount();
    Participant participant = find(caller, conversationId, LockModeType.NONE);
    if (participant != null) {
      return participant;
    }
    Conversation conversation = em.find(Conversation.class, conversationId);
    if (conversation == null || !caller.isModerator() || reason == null || reason.isBlank()) {
      throw notFound(conversationId);
    }
    if (reason.strip().length() > MAX_REASON) {
      throw new InvalidFieldException("reason", "Give a reason of at most 500 characters.");
    }
    recordInspection(caller, conversation, reason.strip());
    return new Participant(
        conversation, em.find(Contest.class, conversation.contestId()), Side.COMPANY, caller, true);
  }

  /**
   * A participant who may write, with the conversation's row locked: messages and read positions of
   * one conversation are stored one after the other, so ids grow in commit order. 401 for nobody,
   * 404 for anyone but the participants (moderators too), 403 for a read-only token.
   */
  public Participant writer(Caller caller, long conversationId) {
    caller.requireAccount();
    Participant participant = find(caller, conversationId, LockModeType.PESSIMISTIC_WRITE);
    if (participant == null) {
      throw notFound(conversationId);
    }
    caller.requireWriter();
    return participant;
  }

  private Participant find(Caller caller, long conversationId, LockModeType lock) {
    Conversation conversation = em.find(Conversation.class, conversationId, lock);
    if (conversation == null) {
      return null;
    }
    Contest contest = em.find(Contest.class, conversation.contestId());
    if (caller.actsFor(contest.company())) {
      return new Participant(conversation, contest, Side.COMPANY, caller, false);
    }
    if (caller.actsAsPerson() && caller.account().id() == conversation.designerId()) {
      return new Participant(conversation, contest, Side.DESIGNER, caller, false);
    }
    return null;
  }

  private void recordInspection(Caller caller, Conversation conversation, String reason) {
    em.createNativeQuery(
            "insert into conversation_inspection (conversation_id, moderator_id, reason,"
                + " inspected_at) values (?1, ?2, ?3, ?4)")
        .setParameter(1, conversation.id())
        .setParameter(2, caller.account().id())
        .setParameter(3, reason)
        .setParameter(4, OffsetDateTime.now(clock))
        .executeUpdate();
    LOG.info(
        () ->
            "conversation inspected: conversation="
                + conversation.id()
                + " moderator="
                + caller.account().id()
                + " reason="
                + reason.replaceAll("\\s+", " "));
  }

  private static NotFoundException notFound(long conversationId) {
    return new NotFoundException("There is no conversation " + conversationId + ".");
  }
}
