package org.designcontest.handover.entity;

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

/** One of the winner's final files. */
@Entity
@Table(name = "handover_file")
@NamedQuery(
    name = HandoverFile.OF_CONTEST,
    query = "select f from HandoverFile f where f.contestId = :contestId order by f.id")
public class HandoverFile {

  public static final String OF_CONTEST = "HandoverFile.ofContest";

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

  protected HandoverFile() {}

  public HandoverFile(long contestId, String fileName, StoredFile file, Instant now) {
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
