package org.designcontest.chat.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.designcontest.media.entity.ImageSize;
import org.designcontest.media.entity.StoredFile;
import org.designcontest.media.entity.Thumbnails;

/** A file sent with a message: an image (with its smaller copies) or a PDF. */
@Entity
@Table(name = "chat_attachment")
@NamedQuery(
    name = ChatAttachment.OF_MESSAGES,
    query = "select a from ChatAttachment a where a.messageId in :messageIds order by a.id")
public class ChatAttachment {

  public static final String OF_MESSAGES = "ChatAttachment.ofMessages";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "message_id")
  private long messageId;

  @Column(name = "file_name")
  private String fileName;

  @Embedded private StoredFile file;

  @Embedded private Thumbnails thumbnails;

  protected ChatAttachment() {}

  public ChatAttachment(long messageId, String fileName, StoredFile file, Thumbnails thumbnails) {
    this.messageId = messageId;
    this.fileName = fileName;
    this.file = file;
    this.thumbnails = thumbnails;
  }

  public boolean isImage() {
    return file.contentType().startsWith("image/");
  }

  /** The stored file at {@code size} (the original if there is no such copy). */
  public StoredFile file(ImageSize size) {
    return file.at(size, thumbnails);
  }

  public Long id() {
    return id;
  }

  public long messageId() {
    return messageId;
  }

  public String fileName() {
    return fileName;
  }

  public StoredFile file() {
    return file;
  }
}
