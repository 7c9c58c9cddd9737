package org.designcontest.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One movement of a contest's prize money. Each kind happens at most once per contest. */
@Entity
@Table(name = "prize_ledger")
@NamedQuery(
    name = LedgerEntry.OF_CONTEST,
    query = "select e from LedgerEntry e where e.contestId = :contestId order by e.id")
public class LedgerEntry {

  public static final String OF_CONTEST = "LedgerEntry.ofContest";

  /** What happened to the money. */
  public enum Kind {
    HELD,
    RELEASED,
    REFUNDED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "contest_id")
  private long contestId;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  private BigDecimal amount;

  private String currency;

  private String reason;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected LedgerEntry() {}

  public LedgerEntry(
      long contestId, Kind kind, BigDecimal amount, String currency, String reason, Instant now) {
    this.contestId = contestId;
    this.kind = kind;
    this.amount = amount;
    this.currency = currency;
    this.reason = reason;
    this.recordedAt = now;
  }

  public Kind kind() {
    return kind;
  }

  public BigDecimal amount() {
    return amount;
  }
}
