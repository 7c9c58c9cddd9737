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
// A designer's earnings: the contests whose winning entry is theirs, in the given stages.
@NamedQuery(
    name = HandoverFile.WON_BY,
    query =
        "select c from Contest c, Entry e where e.id = c.winningEntryId"
            + " and e.designerId = :designerId and c.stage in :stages"
            + " order by c.winnerChosenAt desc, c.id desc")
public class HandoverFile extends ContestFile {

  public static final String OF_CONTEST = "HandoverFile.ofContest";

  /** The contests a designer won (the earnings page), newest award first. */
  public static final String WON_BY = "HandoverFile.wonBy";

  protected HandoverFile() {}

  public HandoverFile(long contestId, String fileName, StoredFile file, Instant now) {
    super(contestId, fileName, file, now);
  }
}
