package org.designcontest.judging.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A comment on an entry, between the contest's company and that entry's designer only. */
@Entity
@Table(name = "entry_comment")
@NamedQuery(
    name = EntryComment.OF_ENTRY,
    query = "select c from EntryComment c where c.entryId = :entryId order by c.createdAt, c.id")
public class EntryComment {

  public static final String OF_ENTRY = "EntryComment.ofEntry";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "entry_id")
  private long entryId;

  @Column(name = "author_id")
  private long authorId;

  @Column(name = "from_company")
  private boolean fromCompany;

  private String body;

  @Column(name = "created_at")
  private Instant createdAt;

  protected EntryComment() {}

  public EntryComment(long entryId, long authorId, boolean fromCompany, String body, Instant now) {
    this.entryId = entryId;
    this.authorId = authorId;
    this.fromCompany = fromCompany;
    this.body = body;
    this.createdAt = now;
  }

  public Long id() {
    return id;
  }

  /** "the company" or "the designer": never a name, so the designer stays anonymous. */
  public String author() {
    return fromCompany ? "the company" : "the designer";
  }

  public String body() {
    return body;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
