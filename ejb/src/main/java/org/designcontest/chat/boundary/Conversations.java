package org.designcontest.chat.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.security.Principal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.designcontest.account.control.Caller;
import org.designcontest.account.control.Callers;
import org.designcontest.account.entity.Role;
import org.designcontest.chat.control.ChatNames;
import org.designcontest.chat.control.ChatNames.Names;
import org.designcontest.chat.control.ConversationAccess;
import org.designcontest.chat.control.LiveChat;
import org.designcontest.chat.control.Participant;
import org.designcontest.chat.control.UnreadCounts;
import org.designcontest.chat.entity.ChatAttachment;
import org.designcontest.chat.entity.ChatMessage;
import org.designcontest.chat.entity.Conversation;
import org.designcontest.chat.entity.Side;
import org.designcontest.contest.entity.Contest;
import org.designcontest.contest.entity.Stage;
import org.designcontest.entry.entity.Entry;
import org.designcontest.media.control.FileCheck;
import org.designcontest.media.control.MediaStore;
import org.designcontest.media.control.Uploads;
import org.designcontest.media.entity.ImageSize;
import org.designcontest.media.entity.StoredFile;
import org.designcontest.platform.boundary.ConflictException;
import org.designcontest.platform.boundary.InvalidFieldException;
import org.designcontest.platform.boundary.NotFoundException;
import org.designcontest.platform.boundary.NotPermittedException;

/**
 * Conversations between a contest's company and its designers (docs/chat.md): opening one, the list
 * with unread counts, history paged both ways, sending text and files, read positions, and the
 * files themselves. Every call checks who is asking (ConversationAccess); every change is told to
 * both sides' open pages once it commits (LiveChat).
 */
@Stateless
public class Conversations {

  private static final Logger LOG = Logger.getLogger(Conversations.class.getName());

  /** At most this many files per message. */
  public static final int MAX_FILES = 5;

  /** Messages per page unless asked otherwise, and at most. */
  public static final int PAGE = 50;

  public static final int MAX_PAGE = 100;

  /** At most this many conversations are listed (the latest). */
  public static final int MAX_LISTED = 200;

  @PersistenceContext EntityManager em;

  @Inject Callers callers;

  @Inject ConversationAccess access;

  @Inject ChatNames names;

  @Inject UnreadCounts unread;

  @Inject LiveChat live;

  @Inject Uploads uploads;

  @Inject MediaStore media;

  @Inject Clock clock;

  /** The conversation, and whether this call started it. */
  public record Opened(ConversationView conversation, boolean created) {}

  /** The caller's conversations, latest activity first, and their unread messages in all. */
  public record ConversationList(List<ConversationView> items, long unread) {}

  /** A file to send, as uploaded (checked here). */
  public record NewFile(String fileName, byte[] content) {}

  /** The message, and whether this call stored it (false: the client key's earlier one). */
  public record Sent(MessageView message, boolean created) {}

  /** A file of a message, for download; {@code tag} changes when the content does. */
  public record Attachment(
      String fileName, String contentType, String tag, boolean image, InputStream content) {}

  /**
   * Starts the conversation, or finds it: company staff with the designer of one of their contest's
   * entries ({@code entryId}), a designer with the company of a contest they entered ({@code
   * contestId}).
   */
  public Opened open(Long entryId, Long contestId) {
    Caller caller = callers.current();
    caller.requireWriter();
    if ((entryId == null) == (contestId == null)) {
      throw new InvalidFieldException(
          "entryId", "Give entryId (company staff) or contestId (designers), not both.");
    }
    Contest contest;
    long designerId;
    Side side;
    if (entryId != null) {
      Entry entry = em.find(Entry.class, entryId);
      contest = entry == null ? null : em.find(Contest.class, entry.contestId());
      if (contest == null || !caller.actsFor(contest.company())) {
        throw new NotFoundException("There is no entry " + entryId + " in your contests.");
      }
      designerId = entry.designerId();
      side = Side.COMPANY;
    } else {
      contest = em.find(Contest.class, contestId);
      if (contest == null || contest.stage() == Stage.DRAFT) {
        throw new NotFoundException("There is no contest " + contestId + ".");
      }
      if (caller.actsFor(contest.company())) {
        throw new InvalidFieldException(
            "entryId", "Company staff talk to the designer of an entry: give entryId.");
      }
      designerId = entrant(caller, contest);
      side = Side.DESIGNER;
    }
    boolean created = start(contest.id(), designerId);
    Conversation conversation =
        em.createNamedQuery(Conversation.OF_CONTEST_AND_DESIGNER, Conversation.class)
            .setParameter("contestId", contest.id())
            .setParameter("designerId", designerId)
            .getSingleResult();
    if (created) {
      LOG.info(
          () ->
              "conversation started: conversation="
                  + conversation.id()
                  + " contest="
                  + contest.id()
                  + " by="
                  + side);
    }
    return new Opened(view(new Participant(conversation, contest, side, caller, false)), created);
  }

  public ConversationList list() {
    Caller caller = callers.current();
    caller.requireAccount();
    Side side = caller.company().isPresent() ? Side.COMPANY : Side.DESIGNER;
    List<Conversation> conversations =
        (side == Side.COMPANY
                ? em.createNamedQuery(Conversation.OF_COMPANY, Conversation.class)
                    .setParameter("companyId", caller.company().orElseThrow().id())
                : em.createNamedQuery(Conversation.OF_DESIGNER, Conversation.class)
                    .setParameter("designerId", caller.account().id()))
            .setMaxResults(MAX_LISTED)
            .getResultList();
    Map<Long, Long> counts =
        unread.perConversation(conversations.stream().map(Conversation::id).toList(), side);
    List<ConversationView> items = new ArrayList<>();
    for (Conversation conversation : conversations) {
      Participant participant =
          new Participant(
              conversation, em.find(Contest.class, conversation.contestId()), side, caller, false);
      items.add(view(participant, counts.getOrDefault(conversation.id(), 0L)));
    }
    return new ConversationList(items, totalUnread(caller, side));
  }

  /** The caller's unread messages in all their conversations (0 for people without any). */
  public long totalUnread() {
    Caller caller = callers.current();
    if (caller.isAnonymous()) {
      return 0;
    }
    return totalUnread(caller, caller.company().isPresent() ? Side.COMPANY : Side.DESIGNER);
  }

  /** One conversation; a moderator gives a reason, which is recorded. */
  public ConversationView of(long conversationId, String reason) {
    return view(access.reader(callers.current(), conversationId, reason));
  }

  /**
   * A page of messages, oldest first: the {@code limit} before {@code before} (default: the
   * newest), or the {@code limit} after {@code after} (0: from the first).
   */
  public MessagePage messages(
      long conversationId, Long before, Long after, Integer limit, String reason) {
    Participant participant = access.reader(callers.current(), conversationId, reason);
    int size = limit == null ? PAGE : limit;
    if (size < 1 || size > MAX_PAGE) {
      throw new InvalidFieldException("limit", "Ask for 1 to " + MAX_PAGE + " messages.");
    }
    if (before != null && after != null) {
      throw new InvalidFieldException("before", "Give before or after, not both.");
    }
    if (before != null) {
      requireMessage(participant.conversation(), before, "before");
    }
    if (after != null && after != 0) {
      requireMessage(participant.conversation(), after, "after");
    }
    List<ChatMessage> found =
        em.createNamedQuery(
                after != null ? ChatMessage.OLDEST_AFTER : ChatMessage.NEWEST_BEFORE,
                ChatMessage.class)
            .setParameter("conversationId", conversationId)
            .setParameter(
                after != null ? "after" : "before",
                after != null ? after : before == null ? Long.MAX_VALUE : before)
            .setMaxResults(size + 1)
            .getResultList();
    boolean more = found.size() > size;
    List<ChatMessage> page = new ArrayList<>(found.subList(0, Math.min(size, found.size())));
    if (after == null) {
      Collections.reverse(page);
    }
    Names named = names.of(participant.conversation(), participant.contest());
    return new MessagePage(views(page, named, participant.side()), more);
  }

  /**
   * Sends a message: text (1 to 4,000 characters, or none with files) and up to 5 images or PDFs. A
   * client key the sender used before returns that message and stores nothing (a retry).
   */
  public Sent send(long conversationId, String body, String clientKey, List<NewFile> files) {
    return send(callers.current(), conversationId, body, clientKey, files);
  }

  /** A text message from a live socket, whose caller is the principal of its handshake. */
  public Sent sendAs(Principal principal, long conversationId, String body, String clientKey) {
    return send(callers.of(principal), conversationId, body, clientKey, List.of());
  }

  private Sent send(
      Caller caller, long conversationId, String body, String clientKey, List<NewFile> files) {
    String text = body == null ? "" : body.strip();
    List<NewFile> sent = files == null ? List.of() : files;
    if (text.isEmpty() && sent.isEmpty()) {
      throw new InvalidFieldException("body", "Write a message or attach a file.");
    }
    if (text.length() > ChatMessage.MAX_BODY) {
      throw new InvalidFieldException("body", "A message may be at most 4,000 characters.");
    }
    if (sent.size() > MAX_FILES) {
      throw new InvalidFieldException("file", "Send at most " + MAX_FILES + " files at once.");
    }
    if (clientKey != null && (clientKey.isBlank() || clientKey.length() > 64)) {
      throw new InvalidFieldException("clientKey", "A client key has 1 to 64 characters.");
    }
    List<Uploads.StoredImage> stored = new ArrayList<>();
    if (!sent.isEmpty()) { // checked and stored before the conversation is locked: it takes time
      access.reader(caller, conversationId, null);
      caller.requireWriter();
      for (NewFile file : sent) {
        stored.add(uploads.storeWithCopies(file.content(), FileCheck.DOCUMENT, "file"));
      }
    }
    Participant participant = access.writer(caller, conversationId);
    Optional<ChatMessage> earlier = earlier(caller, clientKey);
    if (earlier.isPresent()) {
      if (earlier.get().conversationId() != conversationId) {
        throw new ConflictException("This client key was used for another conversation.");
      }
      return new Sent(view(participant, earlier.get()), false);
    }
    Conversation conversation = participant.conversation();
    ChatMessage message =
        new ChatMessage(
            conversationId,
            participant.side(),
            caller.account().id(),
            text,
            clientKey,
            clock.instant());
    em.persist(message);
    em.flush(); // the id, drawn while the conversation is locked
    for (int i = 0; i < stored.size(); i++) {
      em.persist(
          new ChatAttachment(
              message.id(),
              Uploads.safeFileName(sent.get(i).fileName(), "file-" + (i + 1)),
              stored.get(i).file(),
              stored.get(i).thumbnails()));
      em.flush(); // one by one: the ids (by which files are listed) follow the order attached
    }
    conversation.added(message);
    em.flush();
    Names named = names.of(conversation, participant.contest());
    Map<Long, List<MessageView.AttachmentView>> attached =
        stored.isEmpty() ? Map.of() : filesOf(List.of(message));
    Map<Side, UnreadCounts.Counts> counts = unread.bothSides(conversation, participant.contest());
    for (Side side : Side.values()) {
      live.tell(
          conversation,
          participant.contest(),
          side,
          new ChatFrames.Message(
              view(message, named, side, attached),
              counts.get(side).in(),
              counts.get(side).total()));
    }
    LOG.fine(
        () ->
            "message sent: conversation="
                + conversationId
                + " message="
                + message.id()
                + " side="
                + participant.side()
                + " files="
                + stored.size());
    return new Sent(view(message, named, participant.side(), attached), true);
  }

  /** The caller's side has read up to the message (a read position only moves forward). */
  public void read(long conversationId, long upTo) {
    read(callers.current(), conversationId, upTo);
  }

  /** A read position from a live socket, whose caller is the principal of its handshake. */
  public void readAs(Principal principal, long conversationId, long upTo) {
    read(callers.of(principal), conversationId, upTo);
  }

  private void read(Caller caller, long conversationId, long upTo) {
    Participant participant = access.writer(caller, conversationId);
    Conversation conversation = participant.conversation();
    requireMessage(conversation, upTo, "upTo");
    if (!conversation.readUpTo(participant.side(), upTo)) {
      return;
    }
    em.flush();
    Map<Side, UnreadCounts.Counts> counts = unread.bothSides(conversation, participant.contest());
    for (Side side : Side.values()) {
      live.tell(
          conversation,
          participant.contest(),
          side,
          new ChatFrames.Read(
              conversationId,
              participant.side(),
              upTo,
              counts.get(side).in(),
              counts.get(side).total()));
    }
  }

  /** A file of a message, at {@code size} (only images have other sizes than the original). */
  public Attachment attachment(
      long conversationId, long attachmentId, ImageSize size, String reason) {
    access.reader(callers.current(), conversationId, reason);
    ChatAttachment attachment = em.find(ChatAttachment.class, attachmentId);
    ChatMessage message =
        attachment == null ? null : em.find(ChatMessage.class, attachment.messageId());
    if (message == null || message.conversationId() != conversationId) {
      throw new NotFoundException("There is no file " + attachmentId + " in this conversation.");
    }
    if (size != ImageSize.ORIGINAL && !attachment.isImage()) {
      throw new InvalidFieldException("size", "Only images come in other sizes.");
    }
    StoredFile file = attachment.file(size);
    return new Attachment(
        attachment.fileName(),
        file.contentType(),
        file.sha256(),
        attachment.isImage(),
        media.open(file.mediaKey()));
  }

  /** The designer the caller is, if they entered the contest; 403 otherwise. */
  /**
   * Whether the caller may start talking to the contest's company: a designer (in person) who
   * entered it. The contest page offers "Message the company" by this; {@link #open} holds to it.
   */
  public boolean mayOpen(long contestId) {
    Contest contest = em.find(Contest.class, contestId);
    return contest != null && contest.stage() != Stage.DRAFT && entered(callers.current(), contest);
  }

  private long entrant(Caller caller, Contest contest) {
    if (!entered(caller, contest)) {
      throw new NotPermittedException(
          "Only designers who entered this contest may talk to its company.");
    }
    return caller.account().id();
  }

  private boolean entered(Caller caller, Contest contest) {
    return caller.actsAsPerson()
        && caller.account().role() == Role.DESIGNER
        && em.createQuery(
                    "select count(e) from Entry e where e.contestId = :contestId"
                        + " and e.designerId = :designerId",
                    Long.class)
                .setParameter("contestId", contest.id())
                .setParameter("designerId", caller.account().id())
                .getSingleResult()
            > 0;
  }

  /** Inserts the conversation unless it exists (two first messages at once start one). */
  private boolean start(long contestId, long designerId) {
    return em.createNativeQuery(
                "insert into conversation (contest_id, designer_id, started_at)"
                    + " values (?1, ?2, ?3) on conflict (contest_id, designer_id) do nothing")
            .setParameter(1, contestId)
            .setParameter(2, designerId)
            .setParameter(3, OffsetDateTime.now(clock))
            .executeUpdate()
        == 1;
  }

  private Optional<ChatMessage> earlier(Caller caller, String clientKey) {
    if (clientKey == null) {
      return Optional.empty();
    }
    return em.createNamedQuery(ChatMessage.BY_CLIENT_KEY, ChatMessage.class)
        .setParameter("senderId", caller.account().id())
        .setParameter("clientKey", clientKey)
        .getResultStream()
        .findFirst();
  }

  private void requireMessage(Conversation conversation, long messageId, String field) {
    long found =
        em.createNamedQuery(ChatMessage.IN_CONVERSATION, Long.class)
            .setParameter("conversationId", conversation.id())
            .setParameter("id", messageId)
            .getSingleResult();
    if (found == 0) {
      throw new InvalidFieldException(field, "There is no message " + messageId + " here.");
    }
  }

  private long totalUnread(Caller caller, Side side) {
    return side == Side.COMPANY
        ? caller.company().map(company -> unread.ofCompany(company.id())).orElse(0L)
        : unread.ofDesigner(caller.account().id());
  }

  private ConversationView view(Participant participant) {
    return view(participant, unread.in(participant.conversation(), participant.side()));
  }

  private ConversationView view(Participant participant, long unreadMessages) {
    Conversation conversation = participant.conversation();
    Names named = names.of(conversation, participant.contest());
    MessageView last =
        conversation
            .lastMessageId()
            .map(id -> em.find(ChatMessage.class, id))
            .map(message -> views(List.of(message), named, participant.side()).get(0))
            .orElse(null);
    return new ConversationView(
        conversation.id(),
        participant.contest().id(),
        participant.contest().title(),
        participant.side(),
        named.company(),
        named.designer(participant.side()),
        unreadMessages,
        conversation.readUpTo(participant.side()),
        conversation.readUpTo(participant.side().other()),
        last);
  }

  private MessageView view(Participant participant, ChatMessage message) {
    Names named = names.of(participant.conversation(), participant.contest());
    return views(List.of(message), named, participant.side()).get(0);
  }

  /** The messages as {@code viewer}'s side sees them, with their files (one query for all). */
  private List<MessageView> views(List<ChatMessage> messages, Names named, Side viewer) {
    Map<Long, List<MessageView.AttachmentView>> files = filesOf(messages);
    return messages.stream().map(message -> view(message, named, viewer, files)).toList();
  }

  private static MessageView view(
      ChatMessage message,
      Names named,
      Side viewer,
      Map<Long, List<MessageView.AttachmentView>> files) {
    return new MessageView(
        message.id(),
        message.conversationId(),
        message.side(),
        named.sender(message.side(), viewer),
        message.body(),
        message.sentAt(),
        message.clientKey().orElse(null),
        files.getOrDefault(message.id(), List.of()));
  }

  /** The files of the messages (of one conversation), by message. */
  private Map<Long, List<MessageView.AttachmentView>> filesOf(List<ChatMessage> messages) {
    if (messages.isEmpty()) {
      return Map.of();
    }
    return em.createNamedQuery(ChatAttachment.OF_MESSAGES, ChatAttachment.class)
        .setParameter("messageIds", messages.stream().map(ChatMessage::id).toList())
        .getResultStream()
        .collect(
            Collectors.groupingBy(
                ChatAttachment::messageId,
                Collectors.mapping(
                    attachment -> attachmentView(messages.get(0), attachment),
                    Collectors.toList())));
  }

  private static MessageView.AttachmentView attachmentView(
      ChatMessage anyOfConversation, ChatAttachment attachment) {
    String url =
        "/api/conversations/"
            + anyOfConversation.conversationId()
            + "/attachments/"
            + attachment.id();
    return new MessageView.AttachmentView(
        attachment.id(),
        attachment.fileName(),
        attachment.file().contentType(),
        attachment.file().sizeBytes(),
        url,
        attachment.isImage() ? url + "?size=grid" : null);
  }
}
