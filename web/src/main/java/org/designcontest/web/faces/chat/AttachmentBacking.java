package org.designcontest.web.faces.chat;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.designcontest.chat.boundary.Conversations;
import org.designcontest.media.entity.ImageSize;
import org.designcontest.platform.boundary.BusinessException;

/**
 * A chat attachment for the messages page ({@code attachment.xhtml?conversation=…&id=…&size=grid}):
 * images inline, PDFs as downloads, cached by the caller's browser only. Whatever the caller may
 * not see is 404, as in the API.
 */
@Named
@RequestScoped
public class AttachmentBacking {

  @Inject Conversations conversations;

  @Inject FacesContext faces;

  private Long conversation;
  private Long id;
  private String size;

  public void send() throws IOException {
    ExternalContext external = faces.getExternalContext();
    faces.responseComplete();
    if (conversation == null || id == null || external.getUserPrincipal() == null) {
      external.responseSendError(404, "There is no such file.");
      return;
    }
    Conversations.Attachment file;
    try {
      file = conversations.attachment(conversation, id, imageSize(), null);
    } catch (BusinessException e) {
      external.responseSendError(404, "There is no such file.");
      return;
    }
    String tag = "\"" + file.tag() + "\"";
    external.setResponseHeader("Cache-Control", "private, max-age=86400");
    external.setResponseHeader("ETag", tag);
    if (tag.equals(external.getRequestHeaderMap().get("If-None-Match"))) {
      file.content().close();
      external.setResponseStatus(304);
      return;
    }
    String ascii = file.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
    String encoded = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    external.setResponseContentType(file.contentType());
    external.setResponseHeader(
        "Content-Disposition",
        (file.image() ? "inline" : "attachment")
            + "; filename=\""
            + ascii
            + "\"; filename*=UTF-8''"
            + encoded);
    try (InputStream in = file.content();
        OutputStream out = external.getResponseOutputStream()) {
      in.transferTo(out);
    }
  }

  private ImageSize imageSize() {
    if (size == null) {
      return ImageSize.ORIGINAL;
    }
    return switch (size) {
      case "grid" -> ImageSize.GRID;
      case "large" -> ImageSize.LARGE;
      default -> ImageSize.ORIGINAL;
    };
  }

  public Long getConversation() {
    return conversation;
  }

  public void setConversation(Long conversation) {
    this.conversation = conversation;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getSize() {
    return size;
  }

  public void setSize(String size) {
    this.size = size;
  }
}
