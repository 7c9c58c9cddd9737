package org.designcontest.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A secret an external system sends as a bearer token. Personal tokens act as the person who made
 * them; company tokens act for the company. Only the secret's SHA-256 is stored.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(
    name = ApiToken.BY_HASH,
    query = "select t from ApiToken t join fetch t.createdBy where t.tokenHash = :hash")
// Every API request reads its token and the account behind it: in one query.
@NamedQuery(
    name = ApiToken.WITH_ACCOUNT,
    query = "select t from ApiToken t join fetch t.createdBy where t.id = :id")
@NamedQuery(
    name = ApiToken.VISIBLE_TO,
    query =
        "select t from ApiToken t where (t.createdBy.id = :accountId and t.company is null)"
            + " or t.company.id = :companyId order by t.createdAt desc, t.id desc")
public class ApiToken {

  public static final String BY_HASH = "ApiToken.byHash";
  public static final String WITH_ACCOUNT = "ApiToken.withAccount";
  public static final String VISIBLE_TO = "ApiToken.visibleTo";

  /** What a token may do: read only, or also change things. */
  public enum Scope {
    READ,
    WRITE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "token_hash")
  private String tokenHash;

  private String name;

  @ManyToOne(optional = false)
  @JoinColumn(name = "created_by")
  private Account createdBy;

  @ManyToOne(fetch = FetchType.LAZY)
  private Company company;

  @Enumerated(EnumType.STRING)
  private Scope scope;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiToken() {}

  public ApiToken(
      String tokenHash, String name, Account createdBy, Company company, Scope scope, Instant now) {
    this.tokenHash = tokenHash;
    this.name = name;
    this.createdBy = createdBy;
    this.company = company;
    this.scope = scope;
    this.createdAt = now;
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  /**
   * Notes the use, to the minute: a busy external system would otherwise write this row on every
   * request and make its own requests wait for each other.
   */
  public void used(Instant now) {
    if (lastUsedAt == null || lastUsedAt.isBefore(now.minus(Duration.ofMinutes(1)))) {
      lastUsedAt = now;
    }
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Account createdBy() {
    return createdBy;
  }

  /** The company a company token acts for; empty for a personal token. */
  public Optional<Company> company() {
    return Optional.ofNullable(company);
  }

  public Scope scope() {
    return scope;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> lastUsedAt() {
    return Optional.ofNullable(lastUsedAt);
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }
}
