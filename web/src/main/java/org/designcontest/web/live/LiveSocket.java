package org.designcontest.web.live;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.logging.Logger;
import org.designcontest.notification.boundary.LiveListeners;
import org.designcontest.platform.boundary.BusinessException;

/**
 * {@code /live}: a signed-in person's pages listen here for toasts and chat messages, and send chat
 * messages and read positions (JSON frames with a {@code type}: docs/chat.md). The handshake is
 * authenticated like any request (session cookie or bearer token): a visitor gets 401 and a
 * company's token 403, before the upgrade. The check here is the service's own (a caller suspended
 * meanwhile is closed with 1008).
 */
@ServerEndpoint("/live")
public class LiveSocket {

  private static final Logger LOG = Logger.getLogger(LiveSocket.class.getName());
  private static final String ACCOUNT = "accountId";

  @Inject LiveListeners listeners;

  @Inject LiveSessions sessions;

  @Inject IncomingFrames frames;

  @OnOpen
  public void open(Session session) throws IOException {
    long accountId;
    try {
      accountId = listeners.accountOf(session.getUserPrincipal());
    } catch (BusinessException e) {
      LOG.info(() -> "live socket refused: session=" + session.getId() + ": " + e.getMessage());
      session.close(
          new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "Sign in to receive updates."));
      return;
    }
    session.getUserProperties().put(ACCOUNT, accountId);
    sessions.opened(accountId, session);
  }

  /**
   * A frame from the page. Frames over 64 KiB close this socket with 1009 (too big) before they get
   * here; a refused frame is answered with an error frame, and the socket stays open.
   */
  @OnMessage(maxMessageSize = 64 * 1024)
  public void frame(Session session, String text) {
    if (session.getUserProperties().get(ACCOUNT) instanceof Long) {
      frames
          .handle(session.getUserPrincipal(), text)
          .ifPresent(error -> session.getAsyncRemote().sendText(error));
    }
  }

  @OnClose
  public void close(Session session) {
    if (session.getUserProperties().get(ACCOUNT) instanceof Long accountId) {
      sessions.closed(accountId, session);
    }
  }

  @OnError
  public void error(Session session, Throwable error) {
    LOG.warning(() -> "live socket error: session=" + session.getId() + ": " + error);
  }
}
