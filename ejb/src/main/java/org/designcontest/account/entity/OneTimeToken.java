package org.designcontest.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A single-use link sent by email. Only the SHA-256 of the secret is stored; the secret itself
 * exists only in the email.
 */
@Entity
@Table(name = "one_time_token")
@NamedQuery(
    name = OneTimeToken.BY_HASH,
    query =
        "select t from OneTimeToken t join fetch t.account"
            + " where t.tokenHash = :hash and t.purpose = :purpose")
public class OneTimeToken {

  public static final String BY_HASH = "OneTimeToken.byHash";

  /** What a token may be used for; a token for one purpose is useless for another. */
  public enum Purpose {
    VERIFY_EMAIL,
    RESET_PASSWORD,
    /** Keeps a browser signed in; replaced by a new one each time it is used. */
    REMEMBER_ME
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "token_hash")
  private String tokenHash;

  @Enumerated(EnumType.STRING)
  private Purpose purpose;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Account account;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected OneTimeToken() {}

  public OneTimeToken(String tokenHash, Purpose purpose, Account account, Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.purpose = purpose;
    this.account = account;
    this.expiresAt = expiresAt;
  }

  /** Whether the link still works at {@code now}: not used, not expired. */
  public boolean isUsable(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  public void use(Instant now) {
    usedAt = now;
  }

  public Account account() {
    return account;
  }
}
