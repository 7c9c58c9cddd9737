package org.designcontest.bench.echo;

import jakarta.websocket.OnMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

/**
 * The chat benchmark's ceiling: a bare WebSocket endpoint that sends every text frame back to the
 * socket it came from, as the app's {@code /live} sends (asynchronously, {@code
 * getAsyncRemote().sendText}), with nothing in between: no authentication, no JSON, no database, no
 * broker. Never part of the app: {@code docs/benchmarks/run.sh chat} packages this class alone into
 * {@code .bench/bench-echo.war} and deploys it next to the app on the same Payara Micro, at {@code
 * /bench-echo/echo}.
 */
@ServerEndpoint("/echo")
public class EchoSocket {

  @OnMessage
  public void echo(Session session, String text) {
    session.getAsyncRemote().sendText(text);
  }
}
