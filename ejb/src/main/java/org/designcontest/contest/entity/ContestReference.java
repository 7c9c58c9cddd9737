package org.designcontest.contest.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.designcontest.media.entity.ContestFile;
import org.designcontest.media.entity.StoredFile;

/** A file the company attaches to its brief: an example, an existing logo, a style guide. */
@Entity
@Table(name = "contest_reference")
@NamedQuery(
    name = ContestReference.OF_CONTEST,
    query = "select r from ContestReference r where r.contestId = :contestId order by r.id")
public class ContestReference extends ContestFile {

  public static final String OF_CONTEST = "ContestReference.ofContest";

  /** At most this many per brief. */
  public static final int LIMIT = 10;

  protected ContestReference() {}

  public ContestReference(long contestId, String fileName, StoredFile file, Instant now) {
    super(contestId, fileName, file, now);
  }
}
