package org.designcontest.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** An emailed invitation to join a company as staff: single use, expiring. */
@Entity
@Table(name = "company_invitation")
@NamedQuery(
    name = CompanyInvitation.BY_HASH,
    query = "select i from CompanyInvitation i join fetch i.company where i.tokenHash = :hash")
public class CompanyInvitation {

  public static final String BY_HASH = "CompanyInvitation.byHash";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Company company;

  private String email;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "invited_by")
  private Account invitedBy;

  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  protected CompanyInvitation() {}

  public CompanyInvitation(
      Company company,
      String email,
      Account invitedBy,
      String tokenHash,
      Instant now,
      Instant expiresAt) {
    this.company = company;
    this.email = email;
    this.invitedBy = invitedBy;
    this.tokenHash = tokenHash;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  public boolean isOpen(Instant now) {
    return acceptedAt == null && now.isBefore(expiresAt);
  }

  public void accept(Instant now) {
    acceptedAt = now;
  }

  public Long id() {
    return id;
  }

  public Company company() {
    return company;
  }

  public String email() {
    return email;
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
