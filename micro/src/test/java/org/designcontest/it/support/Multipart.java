package org.designcontest.it.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A multipart/form-data body with any number of text fields and files, each file with its own name
 * and claimed content type (which a server must not believe).
 */
public final class Multipart {

  private final String boundary = "----designcontest" + UUID.randomUUID();
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();

  public Multipart field(String name, String value) {
    text(
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + name
            + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
            + value
            + "\r\n");
    return this;
  }

  public Multipart file(String name, String fileName, String contentType, byte[] content) {
    text(
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + name
            + "\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: "
            + contentType
            + "\r\n\r\n");
    body.writeBytes(content);
    text("\r\n");
    return this;
  }

  public String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  /** The finished body (the closing boundary added). */
  public byte[] bytes() {
    ByteArrayOutputStream finished = new ByteArrayOutputStream();
    finished.writeBytes(body.toByteArray());
    finished.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return finished.toByteArray();
  }

  private void text(String text) {
    body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
