package org.designcontest.handover.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.designcontest.media.control.StoredFile;

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

  @Column(name = "media_key")
  private String mediaKey;

  @Column(name = "content_type")
  private String contentType;

  @Column(name = "size_bytes")
  private long sizeBytes;

  private String sha256;

  @Column(name = "uploaded_at")
  private Instant uploadedAt;

  protected HandoverFile() {}

  public HandoverFile(long contestId, String fileName, StoredFile file, Instant now) {
    this.contestId = contestId;
    this.fileName = fileName;
    this.mediaKey = file.mediaKey();
    this.contentType = file.contentType();
    this.sizeBytes = file.sizeBytes();
    this.sha256 = file.sha256();
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

  public String mediaKey() {
    return mediaKey;
  }

  public String contentType() {
    return contentType;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String sha256() {
    return sha256;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }
}
