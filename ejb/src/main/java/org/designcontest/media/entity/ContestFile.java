package org.designcontest.media.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A named file that belongs to a contest (a brief's reference, a winner's final file): the columns
 * and accessors its tables share.
 */
@MappedSuperclass
public abstract class ContestFile {

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

  protected ContestFile() {}

  protected ContestFile(long contestId, String fileName, StoredFile file, Instant now) {
    this.contestId = contestId;
    this.fileName = fileName;
    this.file = file;
    this.uploadedAt = now;
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

  public StoredFile file() {
    return file;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }
}
