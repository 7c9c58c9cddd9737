package org.designcontest.entry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.time.Instant;
import org.designcontest.media.entity.ImageSize;
import org.designcontest.media.entity.StoredFile;
import org.designcontest.media.entity.Thumbnails;
import org.designcontest.platform.boundary.ConflictException;

/** A designer's entry in a contest. Who made it is known to the designer and moderators only. */
@Entity
@NamedQuery(
    name = Entry.LIVE_OF_DESIGNER,
    query =
        "select count(e) from Entry e where e.contestId = :contestId and e.designerId = :designerId"
            + " and e.status = org.designcontest.entry.entity.Entry.Status.LIVE")
@NamedQuery(
    name = Entry.LIVE_COUNT,
    query =
        "select count(e) from Entry e where e.contestId = :contestId"
            + " and e.status = org.designcontest.entry.entity.Entry.Status.LIVE")
// The gallery's counts in one pass: live entries, and all the company sees (not withdrawn).
@NamedQuery(
    name = Entry.GALLERY_COUNTS,
    query =
        "select sum(case when e.status = org.designcontest.entry.entity.Entry.Status.LIVE"
            + " then 1 else 0 end), count(e) from Entry e where e.contestId = :contestId"
            + " and e.status <> org.designcontest.entry.entity.Entry.Status.WITHDRAWN")
// The company's view: pseudonyms, never the designer.
@NamedQuery(
    name = Entry.FOR_COMPANY,
    query =
        "select new org.designcontest.entry.entity.EntryView(e.id, p.number, e.title, e.notes,"
            + " e.status, e.eliminationReason, e.image.contentType, e.image.sha256, e.rating,"
            + " e.submittedAt)"
            + " from Entry e, ContestPseudonym p where p.contestId = e.contestId"
            + " and p.designerId = e.designerId and e.contestId = :contestId"
            + " and e.status <> org.designcontest.entry.entity.Entry.Status.WITHDRAWN"
            + " order by e.submittedAt, e.id")
// A designer's view: their own entries only.
@NamedQuery(
    name = Entry.FOR_DESIGNER,
    query =
        "select new org.designcontest.entry.entity.EntryView(e.id, p.number, e.title, e.notes,"
            + " e.status, e.eliminationReason, e.image.contentType, e.image.sha256, e.rating,"
            + " e.submittedAt)"
            + " from Entry e, ContestPseudonym p where p.contestId = e.contestId"
            + " and p.designerId = e.designerId and e.contestId = :contestId"
            + " and e.designerId = :designerId order by e.submittedAt, e.id")
// What the published rules compare (SelectionRules), for several contests at once.
@NamedQuery(
    name = Entry.LIVE_OF_CONTESTS,
    query =
        "select e.contestId, e.designerId, e.id, e.rating, e.submittedAt from Entry e"
            + " where e.contestId in :contestIds"
            + " and e.status = org.designcontest.entry.entity.Entry.Status.LIVE")
@NamedNativeQuery(
    name = Entry.FINALIST_DESIGNERS,
    query = "select designer_id from contest_finalist where contest_id = ? order by designer_id")
public class Entry {

  public static final String LIVE_OF_DESIGNER = "Entry.liveOfDesigner";
  public static final String LIVE_COUNT = "Entry.liveCount";
  public static final String GALLERY_COUNTS = "Entry.galleryCounts";
  public static final String FOR_COMPANY = "Entry.forCompany";
  public static final String FOR_DESIGNER = "Entry.forDesigner";
  public static final String LIVE_OF_CONTESTS = "Entry.liveOfContests";
  public static final String FINALIST_DESIGNERS = "Entry.finalistDesigners";

  /** At most this many live entries per designer and contest. */
  public static final int LIVE_LIMIT = 5;

  /** Whether the entry still competes. */
  public enum Status {
    LIVE,
    WITHDRAWN,
    /** Set aside by the company, with a reason; the company may restore it. */
    ELIMINATED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "contest_id")
  private long contestId;

  @Column(name = "designer_id")
  private long designerId;

  private String title;

  private String notes;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Embedded private StoredFile image;

  @Embedded private Thumbnails thumbnails;

  private Integer rating;

  @Column(name = "elimination_reason")
  private String eliminationReason;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  protected Entry() {}

  public Entry(
      long contestId,
      long designerId,
      String title,
      String notes,
      StoredFile image,
      Thumbnails thumbnails,
      Instant now) {
    this.contestId = contestId;
    this.designerId = designerId;
    this.title = title;
    this.notes = notes == null ? "" : notes;
    this.status = Status.LIVE;
    this.image = image;
    this.thumbnails = thumbnails;
    this.submittedAt = now;
  }

  public void withdraw(Instant now) {
    if (status != Status.LIVE) {
      throw new ConflictException("This entry was withdrawn already.");
    }
    status = Status.WITHDRAWN;
    withdrawnAt = now;
  }

  /** The company's stars, 1 to 5; rating again replaces them. */
  public void rate(int stars) {
    if (status != Status.LIVE) {
      throw new ConflictException("Only a live entry is rated.");
    }
    rating = stars;
  }

  public void eliminate(String reason) {
    if (status != Status.LIVE) {
      throw new ConflictException("Only a live entry can be eliminated.");
    }
    status = Status.ELIMINATED;
    eliminationReason = reason;
  }

  /** Undoes an elimination. */
  public void restore() {
    if (status != Status.ELIMINATED) {
      throw new ConflictException("Only an eliminated entry can be restored.");
    }
    status = Status.LIVE;
    eliminationReason = null;
  }

  public StoredFile image() {
    return image;
  }

  /** The media key and content type of the image at {@code size} (the original if no copy). */
  public StoredFile image(ImageSize size) {
    return image.at(size, thumbnails);
  }

  public Long id() {
    return id;
  }

  public long contestId() {
    return contestId;
  }

  public long designerId() {
    return designerId;
  }

  public Status status() {
    return status;
  }
}
