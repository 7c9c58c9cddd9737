package org.designcontest.entry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.designcontest.media.entity.ImageSize;
import org.designcontest.media.entity.StoredFile;
import org.designcontest.media.entity.Thumbnails;

/**
 * A finalist's revision of their entry in the final round. Every revision is kept, numbered from 1
 * per entry; the company rates each.
 */
@Entity
@Table(name = "entry_revision")
@NamedQuery(
    name = Revision.OF_ENTRY,
    query = "select r from Revision r where r.entryId = :entryId order by r.number")
@NamedQuery(
    name = Revision.ONE,
    query = "select r from Revision r where r.entryId = :entryId and r.number = :number")
@NamedQuery(
    name = Revision.LAST_NUMBER,
    query = "select coalesce(max(r.number), 0) from Revision r where r.entryId = :entryId")
// What the winner rule compares besides the entries themselves: the live entries' revisions.
@NamedQuery(
    name = Revision.OF_LIVE_ENTRIES,
    query =
        "select new org.designcontest.entry.entity.Submission(e.designerId, e.id, r.number,"
            + " r.rating, r.submittedAt) from Revision r, Entry e where r.entryId = e.id"
            + " and e.contestId = :contestId"
            + " and e.status = org.designcontest.entry.entity.Entry.Status.LIVE")
public class Revision {

  public static final String OF_ENTRY = "Revision.ofEntry";
  public static final String ONE = "Revision.one";
  public static final String LAST_NUMBER = "Revision.lastNumber";
  public static final String OF_LIVE_ENTRIES = "Revision.ofLiveEntries";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "entry_id")
  private long entryId;

  private int number;

  private String notes;

  @Embedded private StoredFile image;

  @Embedded private Thumbnails thumbnails;

  private Integer rating;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  protected Revision() {}

  public Revision(
      long entryId,
      int number,
      String notes,
      StoredFile image,
      Thumbnails thumbnails,
      Instant now) {
    this.entryId = entryId;
    this.number = number;
    this.notes = notes == null ? "" : notes;
    this.image = image;
    this.thumbnails = thumbnails;
    this.submittedAt = now;
  }

  /** The company's stars, 1 to 5; rating again replaces them. */
  public void rate(int stars) {
    rating = stars;
  }

  public StoredFile image() {
    return image;
  }

  /** The media key and content type of the image at {@code size} (the original if no copy). */
  public StoredFile image(ImageSize size) {
    return image.at(size, thumbnails);
  }

  public long entryId() {
    return entryId;
  }

  public int number() {
    return number;
  }

  public String notes() {
    return notes;
  }

  public Integer rating() {
    return rating;
  }

  public Instant submittedAt() {
    return submittedAt;
  }
}
