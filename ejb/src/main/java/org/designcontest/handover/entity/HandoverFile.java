package org.designcontest.handover.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.designcontest.media.entity.ContestFile;
import org.designcontest.media.entity.StoredFile;

/** One of the winner's final files. */
@Entity
@Table(name = "handover_file")
@NamedQuery(
    name = HandoverFile.OF_CONTEST,
    query = "select f from HandoverFile f where f.contestId = :contestId order by f.id")
public class HandoverFile extends ContestFile {

  public static final String OF_CONTEST = "HandoverFile.ofContest";

  protected HandoverFile() {}

  public HandoverFile(long contestId, String fileName, StoredFile file, Instant now) {
    super(contestId, fileName, file, now);
  }
}
