package org.designcontest.chat.boundary;

import java.time.Instant;
import java.util.List;
import org.designcontest.chat.entity.Side;

/** A message as one side sees it: the sender by the name that side may know. */
public record MessageView(
    long id,
    long conversationId,
    Side from,
    String sender,
    String body,
    Instant sentAt,
    String clientKey,
    List<AttachmentView> attachments) {

  /** A file of a message, with where to fetch it (and its thumbnail, for images). */
  public record AttachmentView(
      long id,
      String fileName,
      String contentType,
      long sizeBytes,
      String url,
      String thumbnailUrl) {}
}
