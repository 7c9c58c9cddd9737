package org.designcontest.web.faces.chat;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.designcontest.chat.boundary.ConversationView;
import org.designcontest.chat.boundary.Conversations;
import org.designcontest.chat.entity.Side;

/** The list of the caller's conversations on the messages page, latest activity first. */
@Named
@RequestScoped
public class ConversationsBacking {

  @Inject Conversations conversations;

  private List<ConversationView> items;

  public List<ConversationView> getItems() {
    if (items == null) {
      items = conversations.list().items();
    }
    return items;
  }

  /** Whom the caller talks with there: the company, or the designer as the company sees them. */
  public String otherSide(ConversationView conversation) {
    return conversation.side() == Side.DESIGNER ? conversation.company() : conversation.designer();
  }
}
