package org.designcontest.chat.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.designcontest.chat.control.ChatNames.Names;
import org.junit.jupiter.api.Test;

class ConversationTest {

  private final Conversation conversation = new Conversation(7, 40, Instant.EPOCH);

  @Test
  void aReadPositionOnlyMovesForwardAndEachSideHasItsOwn() {
    assertThat(conversation.readUpTo(Side.COMPANY, 12)).isTrue();
    assertThat(conversation.readUpTo(Side.COMPANY, 9)).as("never back").isFalse();
    assertThat(conversation.readUpTo(Side.COMPANY, 12)).as("already there").isFalse();
    assertThat(conversation.readUpTo(Side.COMPANY)).isEqualTo(12);
    assertThat(conversation.readUpTo(Side.DESIGNER)).isZero();
  }

  @Test
  void theCompanySeesThePseudonymTheDesignerTheirNameAndBothTheCompany() {
    Names names = new Names("Northwind", "Designer 3", "Mira Sol");
    assertThat(names.sender(Side.DESIGNER, Side.COMPANY)).isEqualTo("Designer 3");
    assertThat(names.sender(Side.DESIGNER, Side.DESIGNER)).isEqualTo("Mira Sol");
    assertThat(names.sender(Side.COMPANY, Side.DESIGNER)).isEqualTo("Northwind");
    assertThat(names.sender(Side.COMPANY, Side.COMPANY)).isEqualTo("Northwind");
    assertThat(Side.COMPANY.other()).isEqualTo(Side.DESIGNER);
  }
}
