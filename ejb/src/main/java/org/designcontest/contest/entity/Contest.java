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
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.designcontest.account.entity.Account;
import org.designcontest.account.entity.Company;
import org.designcontest.platform.boundary.ConflictException;

/** A company's design contest: its brief, its prize and the stage it has reached. */
@Entity
// Claims due contests for the sweep: locked until its transaction ends, skipped by other instances.
// Only stages the sweep has a rule for (all that have deadlines).
@NamedNativeQuery(
    name = Contest.CLAIM_DUE,
    query =
        "select * from contest where deadline_at <= ?"
            + " and stage in ('OPEN', 'FINALIST_SELECTION', 'FINAL_ROUND', 'WINNER_SELECTION',"
            + " 'HANDOVER') order by deadline_at, id limit ? for update skip locked",
    resultClass = Contest.class)
public class Contest {

  public static final String CLAIM_DUE = "Contest.claimDue";

  /** The company has this long to approve the handover once the winner delivered. */
  public static final Duration HANDOVER_APPROVAL = Duration.ofDays(5);

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

  @Column(name = "style_notes")
  private String styleNotes;

  private boolean guaranteed;

  @Column(name = "private_nda")
  private boolean privateWithNda;

  @Column(name = "finalist_count")
  private int finalistCount;

  @Column(name = "open_days")
  private int openDays;

  @Column(name = "finalist_selection_days")
  private int finalistSelectionDays;

  @Column(name = "final_round_days")
  private int finalRoundDays;

  @Column(name = "winner_selection_days")
  private int winnerSelectionDays;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "launched_at")
  private Instant launchedAt;

  @Column(name = "deadline_at")
  private Instant deadlineAt;

  @Column(name = "winning_entry_id")
  private Long winningEntryId;

  @Enumerated(EnumType.STRING)
  @Column(name = "winner_chosen_by")
  private ChosenBy winnerChosenBy;

  @Column(name = "winner_chosen_at")
  private Instant winnerChosenAt;

  @Column(name = "transfer_accepted_at")
  private Instant transferAcceptedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "handover_approved_by")
  private ChosenBy handoverApprovedBy;

  @Column(name = "completed_at")
  private Instant completedAt;

  protected Contest() {}

  /** A new draft of a company's, written by one of its staff or through its API token. */
  public static Contest draft(
      Company company, Account author, Brief brief, Category category, Instant now) {
    Contest contest = new Contest();
    contest.company = company;
    contest.draftedBy = author;
    contest.stage = Stage.DRAFT;
    contest.createdAt = now;
    contest.apply(brief, category);
    return contest;
  }

  /** Rewrites the brief; only while the contest is a draft. */
  public void revise(Brief brief, Category category) {
    if (stage != Stage.DRAFT) {
      throw new ConflictException("Only a draft can be edited; this contest is " + stage + ".");
    }
    apply(brief, category);
  }

  /** Opens the contest for entries; its qualifying round ends after the chosen number of days. */
  public void launch(Instant now) {
    stage = stage.moveTo(Stage.OPEN);
    launchedAt = now;
    deadlineAt = now.plus(Duration.ofDays(openDays));
  }

  /**
   * Cancels the contest. Its company may cancel while it is not guaranteed and no finalists are
   * chosen; a moderator may cancel it at any stage before it is finished.
   */
  public void cancel(boolean byModerator) {
    if (!byModerator && (guaranteed || !stage.isBeforeFinalists())) {
      throw new ConflictException(
          guaranteed
              ? "A guaranteed contest cannot be cancelled by its company."
              : "Once finalists are chosen, only a moderator can cancel the contest.");
    }
    stage = stage.moveTo(Stage.CANCELLED);
    deadlineAt = null;
  }

  /**
   * The qualifying round is over: no new entries; the company picks finalists until the deadline.
   */
  public void closeEntries(Instant now) {
    stage = stage.moveTo(Stage.FINALIST_SELECTION);
    deadlineAt = now.plus(Duration.ofDays(finalistSelectionDays));
  }

  /**
   * Finalists are chosen (by the company or by the rule): the final round begins and the prize is
   * guaranteed from now on.
   */
  public void startFinalRound(Instant now) {
    stage = stage.moveTo(Stage.FINAL_ROUND);
    guaranteed = true;
    deadlineAt = now.plus(Duration.ofDays(finalRoundDays));
  }

  /** The final round is over: the company picks the winner until the deadline. */
  public void endFinalRound(Instant now) {
    stage = stage.moveTo(Stage.WINNER_SELECTION);
    deadlineAt = now.plus(Duration.ofDays(winnerSelectionDays));
  }

  /**
   * The winning entry is chosen: the handover begins. It has no deadline until the winner delivers
   * (then the company's approval is due).
   */
  public void award(long entryId, ChosenBy chosenBy, Instant now) {
    stage = stage.moveTo(Stage.HANDOVER);
    winningEntryId = entryId;
    winnerChosenBy = chosenBy;
    winnerChosenAt = now;
    deadlineAt = null;
  }

  /**
   * The winner has delivered the final files and accepts the transfer of rights: the company has
   * {@link #HANDOVER_APPROVAL} to approve, or the platform approves.
   */
  public void acceptTransfer(Instant now) {
    if (stage != Stage.HANDOVER || transferAcceptedAt != null) {
      throw new ConflictException(
          stage != Stage.HANDOVER
              ? "The transfer is accepted during the handover; this contest is " + stage + "."
              : "The transfer was accepted already.");
    }
    transferAcceptedAt = now;
    deadlineAt = now.plus(HANDOVER_APPROVAL);
  }

  /** The handover is approved: the contest is completed (the prize goes to the winner). */
  public void approveHandover(ChosenBy approvedBy, Instant now) {
    if (stage == Stage.HANDOVER && transferAcceptedAt == null) {
      throw new ConflictException(
          "The winner has not delivered the final files and accepted the transfer yet.");
    }
    stage = stage.moveTo(Stage.COMPLETED);
    handoverApprovedBy = approvedBy;
    completedAt = now;
    deadlineAt = null;
  }

  /**
   * The deadline of a decision the company owes (finalists, winner, approval), which reminders
   * announce; empty in stages where the company owes none.
   */
  public Optional<Instant> companyDecisionDue() {
    boolean companyDecides =
        stage == Stage.FINALIST_SELECTION
            || stage == Stage.WINNER_SELECTION
            || (stage == Stage.HANDOVER && transferAcceptedAt != null);
    return companyDecides ? deadlineAt() : Optional.empty();
  }

  /** Whether the prize was ever put in escrow (the contest was launched). */
  public boolean wasLaunched() {
    return launchedAt != null;
  }

  private void apply(Brief brief, Category category) {
    title = brief.title();
    this.category = category;
    description = brief.description();
    styleNotes = brief.styleNotes();
    prizeAmount = brief.prize();
    prizeCurrency = brief.currency();
    guaranteed = brief.guaranteed();
    privateWithNda = brief.privateWithNda();
    finalistCount = brief.finalistCount();
    openDays = brief.openDays();
    finalistSelectionDays = brief.finalistSelectionDays();
    finalRoundDays = brief.finalRoundDays();
    winnerSelectionDays = brief.winnerSelectionDays();
  }

  /** A brief's values, already validated. */
  public record Brief(
      String title,
      String description,
      String styleNotes,
      BigDecimal prize,
      String currency,
      boolean guaranteed,
      boolean privateWithNda,
      int finalistCount,
      int openDays,
      int finalistSelectionDays,
      int finalRoundDays,
      int winnerSelectionDays) {}

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

  public String styleNotes() {
    return styleNotes;
  }

  public boolean isGuaranteed() {
    return guaranteed;
  }

  public boolean isPrivateWithNda() {
    return privateWithNda;
  }

  public int finalistCount() {
    return finalistCount;
  }

  public int openDays() {
    return openDays;
  }

  public int finalistSelectionDays() {
    return finalistSelectionDays;
  }

  public int finalRoundDays() {
    return finalRoundDays;
  }

  public int winnerSelectionDays() {
    return winnerSelectionDays;
  }

  public Optional<Instant> launchedAt() {
    return Optional.ofNullable(launchedAt);
  }

  public Optional<Long> winningEntryId() {
    return Optional.ofNullable(winningEntryId);
  }

  public Optional<ChosenBy> winnerChosenBy() {
    return Optional.ofNullable(winnerChosenBy);
  }

  public Optional<Instant> winnerChosenAt() {
    return Optional.ofNullable(winnerChosenAt);
  }

  public Optional<Instant> transferAcceptedAt() {
    return Optional.ofNullable(transferAcceptedAt);
  }

  public Optional<ChosenBy> handoverApprovedBy() {
    return Optional.ofNullable(handoverApprovedBy);
  }

  public Optional<Instant> completedAt() {
    return Optional.ofNullable(completedAt);
  }

  /** When the current stage ends by the published rule, if it has a deadline. */
  public Optional<Instant> deadlineAt() {
    return Optional.ofNullable(deadlineAt);
  }
}
