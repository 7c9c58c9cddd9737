package org.designcontest.web.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.websocket.Session;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The open WebSocket sessions of this instance, by account. */
@ApplicationScoped
public class LiveSessions {

  private final Map<Long, Set<Session>> byAccount = new ConcurrentHashMap<>();

  void opened(long accountId, Session session) {
    byAccount.computeIfAbsent(accountId, id -> ConcurrentHashMap.newKeySet()).add(session);
  }

  void closed(long accountId, Session session) {
    byAccount.computeIfPresent(
        accountId,
        (id, sessions) -> {
          sessions.remove(session);
          return sessions.isEmpty() ? null : sessions;
        });
  }

  /** Sends the text to every open page of the account on this instance. */
  void deliver(long accountId, String text) {
    for (Session session : byAccount.getOrDefault(accountId, Set.of())) {
      if (session.isOpen()) {
        session.getAsyncRemote().sendText(text);
      }
    }
  }
}
