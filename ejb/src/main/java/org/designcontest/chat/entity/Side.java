package org.designcontest.chat.entity;

/** The two sides of a conversation: the company's staff, who speak as one, and the designer. */
public enum Side {
  COMPANY,
  DESIGNER;

  public Side other() {
    return this == COMPANY ? DESIGNER : COMPANY;
  }
}
