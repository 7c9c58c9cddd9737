package org.designcontest.contest.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.designcontest.media.entity.StoredFile;

/** A file the company attaches to its brief: an example, an existing logo, a style guide. */
@Entity
@Table(name = "contest_reference")
@NamedQuery(
    name = ContestReference.OF_CONTEST,
    query = "select r from ContestReference r where r.contestId = :contestId order by r.id")
public class ContestReference {

  public static final String OF_CONTEST = "ContestReference.ofContest";

  /** At most this many per brief. */
  public static final int LIMIT = 10;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "contest_id")
  private long contestId;

  @Column(name = "file_name")
  private String fileName;

  @Embedded private StoredFile file;

  @Column(name = "uploaded_at")
  private Instant uploadedAt;

  protected ContestReference() {}

  public ContestReference(long contestId, String fileName, StoredFile file, Instant now) {
    this.contestId = contestId;
    this.fileName = fileName;
    this.file = file;
    this.uploadedAt = now;
  }

  public StoredFile file() {
    return file;
  }

  public Long id() {
    return id;
  }

  public long contestId() {
    return contestId;
  }

  public String fileName() {
    return fileName;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }
}
