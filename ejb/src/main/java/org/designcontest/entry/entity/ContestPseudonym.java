package org.designcontest.entry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A designer's stable number within one contest ("Designer 7"), given at their first entry. */
@Entity
@Table(name = "contest_pseudonym")
@IdClass(ContestPseudonym.Key.class)
// The next number in the contest; the caller holds the contest's row lock, so numbers do not
// collide.
@NamedNativeQuery(
    name = ContestPseudonym.ASSIGN,
    query =
        "insert into contest_pseudonym (contest_id, designer_id, number)"
            + " select ?1, ?2, coalesce(max(number), 0) + 1 from contest_pseudonym"
            + " where contest_id = ?1 on conflict (contest_id, designer_id) do nothing")
// The designers behind pseudonym numbers, if each has a live entry in the contest.
@NamedQuery(
    name = ContestPseudonym.LIVE_DESIGNERS,
    query =
        "select p.designerId from ContestPseudonym p where p.contestId = :contestId"
            + " and p.number in :numbers and exists (select e from Entry e where"
            + " e.contestId = p.contestId and e.designerId = p.designerId and e.status ="
            + " org.designcontest.entry.entity.Entry.Status.LIVE)")
@NamedQuery(
    name = ContestPseudonym.NUMBER_OF,
    query =
        "select p.number from ContestPseudonym p where p.contestId = :contestId"
            + " and p.designerId = :designerId")
public class ContestPseudonym {

  public static final String NUMBER_OF = "ContestPseudonym.numberOf";

  public static final String ASSIGN = "ContestPseudonym.assign";
  public static final String LIVE_DESIGNERS = "ContestPseudonym.liveDesigners";

  @Id
  @Column(name = "contest_id")
  private long contestId;

  @Id
  @Column(name = "designer_id")
  private long designerId;

  private int number;

  protected ContestPseudonym() {}

  /** How the company calls the designer with this number. */
  public static String name(int number) {
    return "Designer " + number;
  }

  /** The composite key (a plain class: JPA needs a no-argument constructor). */
  public static class Key implements Serializable {

    private long contestId;
    private long designerId;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.contestId == contestId && key.designerId == designerId;
    }

    @Override
    public int hashCode() {
      return Objects.hash(contestId, designerId);
    }
  }
}
