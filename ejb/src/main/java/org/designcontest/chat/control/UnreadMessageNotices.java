package org.designcontest.chat.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.designcontest.chat.entity.Conversation;
import org.designcontest.chat.entity.Side;
import org.designcontest.contest.entity.Contest;
import org.designcontest.notification.boundary.Notifier;
import org.designcontest.notification.boundary.Notifier.Notice;
import org.designcontest.notification.control.Recipients;
import org.designcontest.notification.control.Recipients.Recipient;
import org.designcontest.notification.entity.Audience;
import org.designcontest.notification.entity.NotificationKind;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Messages a side has left unread for {@code CHAT_NOTIFY_AFTER_SECONDS} (default 60: someone with
 * the conversation open reads them before) become one notification per conversation and person of
 * that side, however many came in the burst; emailed as each person chose (kind MESSAGES). Each
 * side's "notified up to" is claimed with a conditional update, so one instance tells them once.
 */
@Stateless
public class UnreadMessageNotices {

  static final int BATCH = 50;

  private static final Logger LOG = Logger.getLogger(UnreadMessageNotices.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject Notifier notifier;

  @Inject Recipients recipients;

  @Inject ChatNames names;

  @Inject
  @ConfigProperty(name = "CHAT_NOTIFY_AFTER_SECONDS", defaultValue = "60")
  long notifyAfterSeconds;

  /** Tells one side of up to BATCH conversations; returns how many conversations were due. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int notifyNextBatch(Side side) {
    String notified = notifiedColumn(side);
    @SuppressWarnings("unchecked")
    List<Object[]> due =
        em.createNativeQuery(
                "select c.id, max(m.id), count(*), c."
                    + notified
                    + " from conversation c join chat_message m on m.conversation_id = c.id"
                    + " where m.side = ?1 and m.id > greatest(c."
                    + UnreadCounts.readColumn(side)
                    + ", c."
                    + notified
                    + ") group by c.id having min(m.sent_at) <= ?2 order by c.id limit "
                    + BATCH)
            .setParameter(1, side.other().name())
            .setParameter(2, OffsetDateTime.now(clock).minusSeconds(notifyAfterSeconds))
            .getResultList();
    for (Object[] row : due) {
      long conversationId = ((Number) row[0]).longValue();
      long lastId = ((Number) row[1]).longValue();
      boolean claimed =
          em.createNativeQuery(
                      "update conversation set "
                          + notified
                          + " = ?1 where id = ?2 and "
                          + notified
                          + " = ?3")
                  .setParameter(1, lastId)
                  .setParameter(2, conversationId)
                  .setParameter(3, ((Number) row[3]).longValue())
                  .executeUpdate()
              == 1;
      if (claimed) {
        tell(conversationId, side, lastId, ((Number) row[2]).intValue());
      }
    }
    return due.size();
  }

  private void tell(long conversationId, Side side, long lastId, int count) {
    Conversation conversation = em.find(Conversation.class, conversationId);
    Contest contest = em.find(Contest.class, conversation.contestId());
    ChatNames.Names named = names.of(conversation, contest);
    String latest =
        (String)
            em.createNativeQuery("select body from chat_message where id = ?1")
                .setParameter(1, lastId)
                .getSingleResult();
    String from = named.sender(side.other(), side);
    Notice notice =
        new Notice(
            UUID.nameUUIDFromBytes(
                ("chat:" + conversationId + ":" + side + ":" + lastId)
                    .getBytes(StandardCharsets.UTF_8)),
            contest.id(),
            null,
            NotificationKind.MESSAGES,
            (count == 1 ? "A new message" : count + " new messages")
                + " from "
                + from
                + " about “"
                + contest.title()
                + "”",
            latest.isEmpty() ? from + " sent files." : preview(latest),
            "/messages.xhtml?conversation=" + conversationId);
    int told = notifier.notify(notice, people(conversation, contest, side));
    LOG.info(
        () ->
            "unread messages notified: conversation="
                + conversationId
                + " side="
                + side
                + " messages="
                + count
                + " people="
                + told);
  }

  private List<Recipient> people(Conversation conversation, Contest contest, Side side) {
    if (side == Side.COMPANY) {
      return recipients.of(Audience.COMPANY, contest.id(), null);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("select id, email from account where id = ?1 and suspended_at is null")
            .setParameter(1, conversation.designerId())
            .getResultList();
    return rows.stream()
        .map(row -> new Recipient(((Number) row[0]).longValue(), (String) row[1]))
        .toList();
  }

  private static String preview(String body) {
    String line = body.replaceAll("\\s+", " ");
    return "“" + (line.length() > 200 ? line.substring(0, 199) + "…" : line) + "”";
  }

  private static String notifiedColumn(Side side) {
    return side == Side.COMPANY ? "company_notified_up_to" : "designer_notified_up_to";
  }
}
