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
import java.time.Instant;
import java.util.Optional;

/** A person who signs in: company staff, designer, moderator or admin. */
@Entity
@NamedQuery(name = Account.COUNT, query = "select count(a) from Account a")
public class Account {

  public static final String COUNT = "Account.count";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String email;

  @Column(name = "display_name")
  private String displayName;

  @Enumerated(EnumType.STRING)
  private Role role;

  @ManyToOne(fetch = FetchType.LAZY)
  private Company company;

  @Column(name = "created_at")
  private Instant createdAt;

  protected Account() {}

  private Account(String email, String displayName, Role role, Company company, Instant createdAt) {
    this.email = email;
    this.displayName = displayName;
    this.role = role;
    this.company = company;
    this.createdAt = createdAt;
  }

  public static Account companyStaff(
      String email, String displayName, Company company, Instant createdAt) {
    return new Account(email, displayName, Role.CUSTOMER, company, createdAt);
  }

  public Long id() {
    return id;
  }

  public String email() {
    return email;
  }

  public String displayName() {
    return displayName;
  }

  public Role role() {
    return role;
  }

  public Optional<Company> company() {
    return Optional.ofNullable(company);
  }
}
