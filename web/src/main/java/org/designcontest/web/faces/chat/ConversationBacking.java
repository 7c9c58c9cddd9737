package org.designcontest.web.faces.chat;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.designcontest.chat.boundary.ConversationView;
import org.designcontest.chat.boundary.Conversations;
import org.designcontest.chat.boundary.MessagePage;
import org.designcontest.chat.boundary.MessageView;
import org.designcontest.chat.entity.Side;
import org.designcontest.media.control.FileCheck;
import org.designcontest.platform.boundary.InvalidFieldException;
import org.designcontest.platform.boundary.NotFoundException;
import org.designcontest.web.faces.SignInFirst;

/**
 * The open conversation of the messages page ({@code messages.xhtml?conversation=…}, with {@code
 * before} or {@code after} for another page of it) and its form. Someone else's conversation
 * answers 404, as the API does. View scoped: the form's postback must find the conversation open
 * before the view parameter is set again.
 */
@Named
@ViewScoped
public class ConversationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final int PAGE_SIZE = 50;

  @Inject Conversations conversations;

  private Long conversation;
  private Long before;
  private Long after;
  private String body;
  private String clientKey;
  private transient List<Part> files;

  private transient ConversationView view;
  private transient MessagePage messages;

  /** Visitors go to sign in; an unknown conversation is 404. */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (SignInFirst.redirected(faces) || conversation == null) {
      return;
    }
    try {
      getView();
      getMessages();
    } catch (NotFoundException e) {
      faces.getExternalContext().responseSendError(404, "There is no such conversation.");
      faces.responseComplete();
    } catch (InvalidFieldException e) { // before/after not a message of it
      faces.getExternalContext().responseSendError(400, e.getMessage());
      faces.responseComplete();
    }
  }

  /** Sends the form's text and files; the page shows the message when it comes back live. */
  public String send() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      conversations.send(conversation, body, blankToNull(clientKey), newFiles());
    } catch (InvalidFieldException e) {
      faces.addMessage(
          "file".equals(e.field()) ? "message-file" : "message-body",
          new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
      return null;
    }
    return "/messages?faces-redirect=true&conversation=" + conversation;
  }

  public boolean isOpen() {
    return conversation != null && getView() != null;
  }

  private ConversationView getView() {
    if (view == null && conversation != null) {
      view = conversations.of(conversation, null);
    }
    return view;
  }

  public List<MessageView> getMessages() {
    if (messages == null) {
      messages = conversations.messages(conversation, before, after, PAGE_SIZE, null);
    }
    return messages.items();
  }

  /** Older messages exist (for a page that ends at the newest, or one of older ones). */
  public boolean isMore() {
    return after == null && messages != null && messages.more();
  }

  /** Newer ones exist than this page shows (a catch-up after a reconnect asks again). */
  public boolean isNewer() {
    return after != null && messages != null && messages.more();
  }

  public Long getFirstId() {
    List<MessageView> items = getMessages();
    return items.isEmpty() ? null : items.get(0).id();
  }

  public String getSide() {
    return isOpen() ? getView().side().name() : null;
  }

  public String getOtherSide() {
    ConversationView c = getView();
    return c.side() == Side.DESIGNER ? c.company() : c.designer();
  }

  public String getContestTitle() {
    return getView().contestTitle();
  }

  public long getReadUpTo() {
    return isOpen() ? getView().readUpTo() : 0;
  }

  public long getOtherReadUpTo() {
    return isOpen() ? getView().otherReadUpTo() : 0;
  }

  /**
   * The chosen files as the service takes them, each read to at most one byte more than a file may
   * have (the service says "too large"). A form sent without a file has one empty part.
   */
  private List<Conversations.NewFile> newFiles() {
    List<Conversations.NewFile> chosen = new ArrayList<>();
    if (files != null) {
      for (Part part : files) {
        String name = part.getSubmittedFileName();
        if (part.getSize() == 0 && (name == null || name.isEmpty())) {
          continue;
        }
        try (InputStream in = part.getInputStream()) {
          chosen.add(
              new Conversations.NewFile(name, in.readNBytes(FileCheck.DOCUMENT.maxBytes() + 1)));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return chosen;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  public Long getConversation() {
    return conversation;
  }

  public void setConversation(Long conversation) {
    this.conversation = conversation;
  }

  public Long getBefore() {
    return before;
  }

  public void setBefore(Long before) {
    this.before = before;
  }

  public Long getAfter() {
    return after;
  }

  public void setAfter(Long after) {
    this.after = after;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getClientKey() {
    return clientKey;
  }

  public void setClientKey(String clientKey) {
    this.clientKey = clientKey;
  }

  public List<Part> getFiles() {
    return files;
  }

  public void setFiles(List<Part> files) {
    this.files = files;
  }
}
