package org.designcontest.account.entity;

/** What a person is on the platform. A {@code CUSTOMER} always belongs to a company. */
public enum Role {
  CUSTOMER,
  DESIGNER,
  MODERATOR,
  ADMIN
}
