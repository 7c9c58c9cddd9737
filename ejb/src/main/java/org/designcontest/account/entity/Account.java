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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.designcontest.contest.entity.Category;

/** A person who signs in: company staff, designer, moderator or admin. */
@Entity
@NamedQuery(name = Account.COUNT, query = "select count(a) from Account a")
@NamedQuery(name = Account.BY_EMAIL, query = "select a from Account a where a.email = :email")
@NamedQuery(
    name = Account.MEMBERS_OF,
    query =
        "select a from Account a where a.company.id = :companyId"
            + " and a.removedFromCompanyAt is null order by a.displayName, a.id")
public class Account {

  public static final String COUNT = "Account.count";
  public static final String BY_EMAIL = "Account.byEmail";
  public static final String MEMBERS_OF = "Account.membersOf";

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

  @Column(name = "company_owner")
  private boolean companyOwner;

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "email_verified_at")
  private Instant emailVerifiedAt;

  @Column(name = "portfolio_url")
  private String portfolioUrl;

  @ManyToMany
  @JoinTable(
      name = "followed_category",
      joinColumns = @JoinColumn(name = "account_id"),
      inverseJoinColumns = @JoinColumn(name = "category_code"))
  private Set<Category> followedCategories = new HashSet<>();

  @Column(name = "suspended_at")
  private Instant suspendedAt;

  @Column(name = "removed_from_company_at")
  private Instant removedFromCompanyAt;

  @Column(name = "created_at")
  private Instant createdAt;

  protected Account() {}

  private Account(String email, String displayName, Role role, Instant createdAt) {
    this.email = email;
    this.displayName = displayName;
    this.role = role;
    this.createdAt = createdAt;
  }

  /** A designer who signed up; the address is confirmed later. */
  public static Account designer(
      String email,
      String displayName,
      String passwordHash,
      String portfolioUrl,
      Set<Category> follows,
      Instant now) {
    Account designer = new Account(email, displayName, Role.DESIGNER, now);
    designer.passwordHash = passwordHash;
    designer.portfolioUrl = portfolioUrl;
    designer.followedCategories.addAll(follows);
    return designer;
  }

  /** The person who signed a company up: its first staff member and its owner. */
  public static Account companyOwner(
      String email, String displayName, String passwordHash, Company company, Instant now) {
    Account owner = companyStaff(email, displayName, company, now);
    owner.passwordHash = passwordHash;
    owner.companyOwner = true;
    return owner;
  }

  public static Account companyStaff(
      String email, String displayName, Company company, Instant createdAt) {
    Account staff = new Account(email, displayName, Role.CUSTOMER, createdAt);
    staff.company = company;
    return staff;
  }

  /** Confirms the address; confirming again changes nothing. */
  public void verifyEmail(Instant now) {
    if (emailVerifiedAt == null) {
      emailVerifiedAt = now;
    }
  }

  public void rename(String newDisplayName) {
    displayName = newDisplayName;
  }

  /** What a designer shows and follows; only designers have these. */
  public void changeDesignerProfile(String newPortfolioUrl, Set<Category> follows) {
    if (role != Role.DESIGNER) {
      throw new IllegalStateException("only designers have a portfolio and follow categories");
    }
    portfolioUrl = newPortfolioUrl;
    followedCategories.clear();
    followedCategories.addAll(follows);
  }

  public Optional<String> portfolioUrl() {
    return Optional.ofNullable(portfolioUrl);
  }

  public void changePassword(String newPasswordHash) {
    passwordHash = newPasswordHash;
  }

  public void suspend(Instant now) {
    if (suspendedAt == null) {
      suspendedAt = now;
    }
  }

  public void restore() {
    suspendedAt = null;
  }

  public boolean isSuspended() {
    return suspendedAt != null;
  }

  public Optional<Instant> suspendedAt() {
    return Optional.ofNullable(suspendedAt);
  }

  public Instant createdAt() {
    return createdAt;
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

  /** The company this person acts for; empty for others and for staff the owner removed. */
  public Optional<Company> company() {
    return removedFromCompanyAt == null ? Optional.ofNullable(company) : Optional.empty();
  }

  /** Whether this account was ever staff of the company (also if removed since). */
  public boolean isStaffOf(Company other) {
    return company != null && company.id().equals(other.id());
  }

  /** The owner removed this member: the account stays, the access to the company goes. */
  public void removeFromCompany(Instant now) {
    if (removedFromCompanyAt == null) {
      removedFromCompanyAt = now;
    }
  }

  /** A colleague who joined through an invitation: the link proved the address. */
  public static Account invitedStaff(
      String email, String displayName, String passwordHash, Company company, Instant now) {
    Account staff = companyStaff(email, displayName, company, now);
    staff.passwordHash = passwordHash;
    staff.emailVerifiedAt = now;
    return staff;
  }

  public boolean isCompanyOwner() {
    return companyOwner;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public boolean isEmailVerified() {
    return emailVerifiedAt != null;
  }

  public Set<Category> followedCategories() {
    return Set.copyOf(followedCategories);
  }
}
