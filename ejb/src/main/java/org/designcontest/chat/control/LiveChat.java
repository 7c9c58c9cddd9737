package org.designcontest.chat.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.designcontest.chat.entity.Conversation;
import org.designcontest.chat.entity.Side;
import org.designcontest.contest.entity.Contest;
import org.designcontest.platform.control.LiveChannel;

/**
 * Sends a conversation's live frames (docs/chat.md) to the open pages of one side: the company's
 * staff, or the designer. Once the transaction commits, through the {@code live} topic.
 */
@ApplicationScoped
public class LiveChat {

  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext EntityManager em;

  @Inject LiveChannel live;

  /** Sends {@code frame} (a record, as JSON) to the pages of the side's people. */
  public void tell(Conversation conversation, Contest contest, Side side, Object frame) {
    live.tell(accountsOf(conversation, contest, side), JSON.toJson(frame));
  }

  private List<Long> accountsOf(Conversation conversation, Contest contest, Side side) {
    if (side == Side.DESIGNER) {
      return List.of(conversation.designerId());
    }
    @SuppressWarnings("unchecked")
    List<Number> staff =
        em.createNativeQuery(
                "select id from account where company_id = ?1 and removed_from_company_at is null"
                    + " and suspended_at is null")
            .setParameter(1, contest.company().id())
            .getResultList();
    return staff.stream().map(Number::longValue).toList();
  }
}
