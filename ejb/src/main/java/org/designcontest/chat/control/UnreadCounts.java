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

  /** All the side's unread messages: the designer's, or the company's of this contest's. */
  public long total(Conversation conversation, Contest contest, Side side) {
    return side == Side.DESIGNER
        ? ofDesigner(conversation.designerId())
        : ofCompany(contest.company().id());
  }

  public long ofDesigner(long designerId) {
    return count(
        "select count(*) from chat_message m join conversation c on c.id = m.conversation_id"
            + " where c.designer_id = ?1 and m.side = 'COMPANY' and m.id > c.designer_read_up_to",
        designerId);
  }

  public long ofCompany(long companyId) {
    return count(
        "select count(*) from chat_message m join conversation c on c.id = m.conversation_id"
            + " join contest k on k.id = c.contest_id where k.company_id = ?1"
            + " and m.side = 'DESIGNER' and m.id > c.company_read_up_to",
        companyId);
  }

  /** The conversation's column holding the side's read position. */
  static String readColumn(Side side) {
    return side == Side.COMPANY ? "company_read_up_to" : "designer_read_up_to";
  }

  private long count(String sql, long id) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue();
  }
}
