package org.designcontest.contest.entity;

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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.designcontest.account.entity.Account;
import org.designcontest.account.entity.Company;

/** A company's design contest: its brief, its prize and the stage it has reached. */
@Entity
@NamedQuery(
    name = Contest.LATEST,
    query =
        "select c from Contest c join fetch c.category where c.stage <> :draft"
            + " order by c.createdAt desc, c.id desc")
public class Contest {

  /** The newest contests the public may see: all but drafts. */
  public static final String LATEST = "Contest.latest";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Company company;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "drafted_by")
  private Account draftedBy;

  private String title;

  @ManyToOne(optional = false)
  @JoinColumn(name = "category_code")
  private Category category;

  private String description;

  @Column(name = "prize_amount")
  private BigDecimal prizeAmount;

  @Column(name = "prize_currency")
  private String prizeCurrency;

  @Enumerated(EnumType.STRING)
  private Stage stage;

  @Column(name = "created_at")
  private Instant createdAt;

  protected Contest() {}

  /** A new draft of a company's, written by one of its staff or through its API token. */
  public static Contest draft(
      Company company,
      Account author,
      String title,
      Category category,
      String description,
      BigDecimal prizeAmount,
      String prizeCurrency,
      Instant now) {
    Contest contest = new Contest();
    contest.company = company;
    contest.draftedBy = author;
    contest.title = title;
    contest.category = category;
    contest.description = description == null ? "" : description;
    contest.prizeAmount = prizeAmount;
    contest.prizeCurrency = prizeCurrency;
    contest.stage = Stage.DRAFT;
    contest.createdAt = now;
    return contest;
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public Company company() {
    return company;
  }

  public String title() {
    return title;
  }

  public Category category() {
    return category;
  }

  public String description() {
    return description;
  }

  public BigDecimal prizeAmount() {
    return prizeAmount;
  }

  public String prizeCurrency() {
    return prizeCurrency;
  }

  public Stage stage() {
    return stage;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
