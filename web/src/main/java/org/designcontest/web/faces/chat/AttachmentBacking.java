package org.designcontest.web.faces.chat;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.designcontest.chat.boundary.Conversations;
import org.designcontest.platform.boundary.BusinessException;
import org.designcontest.web.faces.FileResponse;

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
    if (conversation == null
        || id == null
        || faces.getExternalContext().getUserPrincipal() == null) {
      FileResponse.notFound(faces);
      return;
    }
    Conversations.Attachment file;
    try {
      file = conversations.attachment(conversation, id, FileResponse.imageSize(size), null);
    } catch (BusinessException e) {
      FileResponse.notFound(faces);
      return;
    }
    FileResponse.send(
        faces, file.tag(), file.contentType(), file.fileName(), file.image(), file.content());
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
