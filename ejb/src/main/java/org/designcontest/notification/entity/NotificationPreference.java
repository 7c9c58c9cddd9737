package org.designcontest.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A person's choice of email delivery for one kind of notification. */
@Entity
@Table(name = "notification_preference")
@IdClass(NotificationPreference.Key.class)
@NamedQuery(
    name = NotificationPreference.OF_ACCOUNT,
    query = "select p from NotificationPreference p where p.accountId = :account")
public class NotificationPreference {

  public static final String OF_ACCOUNT = "NotificationPreference.ofAccount";

  @Id
  @Column(name = "account_id")
  private long accountId;

  @Id
  @Enumerated(EnumType.STRING)
  private NotificationKind kind;

  @Enumerated(EnumType.STRING)
  private Delivery delivery;

  protected NotificationPreference() {}

  public NotificationPreference(long accountId, NotificationKind kind, Delivery delivery) {
    this.accountId = accountId;
    this.kind = kind;
    this.delivery = delivery;
  }

  public NotificationKind kind() {
    return kind;
  }

  public Delivery delivery() {
    return delivery;
  }

  public void choose(Delivery delivery) {
    this.delivery = delivery;
  }

  /** The composite key (a plain class: JPA needs a no-argument constructor). */
  public static class Key implements Serializable {
    private long accountId;
    private NotificationKind kind;

    public Key() {}

    public Key(long accountId, NotificationKind kind) {
      this.accountId = accountId;
      this.kind = kind;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.accountId == accountId && key.kind == kind;
    }

    @Override
    public int hashCode() {
      return Objects.hash(accountId, kind);
    }
  }
}
