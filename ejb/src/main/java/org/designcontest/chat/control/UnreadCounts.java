package org.designcontest.chat.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.designcontest.chat.entity.Conversation;
import org.designcontest.chat.entity.Side;
import org.designcontest.contest.entity.Contest;
import org.designcontest.platform.control.SqlValues;

/**
 * How many messages a side has not read: the other side's messages after its read position, per
 * conversation and in all of a designer's or a company's conversations.
 */
@ApplicationScoped
public class UnreadCounts {

  // ?1 the designer: the company's messages after the designer's read position
  private static final String OF_DESIGNER =
      "select count(*) from chat_message m join conversation c on c.id = m.conversation_id"
          + " where c.designer_id = ?1 and m.side = 'COMPANY' and m.id > c.designer_read_up_to";

  // ?3 the company: the designers' messages after the company's read positions
  private static final String OF_COMPANY =
      "select count(*) from chat_message m join conversation c on c.id = m.conversation_id"
          + " join contest k on k.id = c.contest_id where k.company_id = ?3"
          + " and m.side = 'DESIGNER' and m.id > c.company_read_up_to";

  @PersistenceContext EntityManager em;

  /** The side's unread messages in the conversation. */
  public long in(Conversation conversation, Side side) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from chat_message where conversation_id = ?1 and side = ?2"
                        + " and id > ?3")
                .setParameter(1, conversation.id())
                .setParameter(2, side.other().name())
                .setParameter(3, conversation.readUpTo(side))
                .getSingleResult())
        .longValue();
  }

  /** The unread messages of each of the conversations, seen from the side (absent: none). */
  public Map<Long, Long> perConversation(List<Long> conversationIds, Side side) {
    Map<Long, Long> counts = new HashMap<>();
    if (conversationIds.isEmpty()) {
      return counts;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select m.conversation_id, count(*) from chat_message m join conversation c"
                    + " on c.id = m.conversation_id where c.id = any(cast(?1 as bigint[]))"
                    + " and m.side = ?2 and m.id > c."
                    + readColumn(side)
                    + " group by m.conversation_id")
            .setParameter(1, SqlValues.ofIds(conversationIds))
            .setParameter(2, side.other().name())
            .getResultList();
    for (Object[] row : rows) {
      counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }
    return counts;
  }

  /** A side's unread messages in one conversation and in all its conversations. */
  public record Counts(long in, long total) {}

  /**
   * Both sides' counts after a change in the conversation, in one statement (they go with every
   * live frame).
   */
  public Map<Side, Counts> bothSides(Conversation conversation, Contest contest) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "select (select count(*) from chat_message where conversation_id = ?1"
                        + " and side = 'DESIGNER' and id > ?2), ("
                        + OF_COMPANY
                        + "), (select count(*) from chat_message where conversation_id = ?1"
                        + " and side = 'COMPANY' and id > ?4), ("
                        + OF_DESIGNER.replace("?1", "?5")
                        + ")")
                .setParameter(1, conversation.id())
                .setParameter(2, conversation.readUpTo(Side.COMPANY))
                .setParameter(3, contest.company().id())
                .setParameter(4, conversation.readUpTo(Side.DESIGNER))
                .setParameter(5, conversation.designerId())
                .getSingleResult();
    return Map.of(
        Side.COMPANY,
        new Counts(((Number) row[0]).longValue(), ((Number) row[1]).longValue()),
        Side.DESIGNER,
        new Counts(((Number) row[2]).longValue(), ((Number) row[3]).longValue()));
  }

  public long ofDesigner(long designerId) {
    return count(OF_DESIGNER, designerId);
  }

  public long ofCompany(long companyId) {
    return count(OF_COMPANY.replace("?3", "?1"), companyId);
  }

  /** The conversation's column holding the side's read position. */
  static String readColumn(Side side) {
    return side == Side.COMPANY ? "company_read_up_to" : "designer_read_up_to";
  }

  private long count(String sql, long id) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue();
  }
}
