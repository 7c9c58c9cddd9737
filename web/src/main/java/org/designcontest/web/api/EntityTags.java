package org.designcontest.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Gives every JSON answer to a GET an ETag (a digest of the body, so equal for equal content on any
 * instance) and answers 304 when the client already has it (If-None-Match). Resources that tag with
 * a version themselves (a contest) are left alone. The body is serialised once, here.
 */
@Provider
public class EntityTags implements ContainerResponseFilter {

  @Context Providers providers;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response)
      throws IOException {
    if (!"GET".equals(request.getMethod())
        || response.getStatus() != 200
        || !response.hasEntity()
        || response.getHeaders().containsKey(HttpHeaders.ETAG)
        || response.getMediaType() == null
        || !response.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
      return;
    }
    byte[] body = serialised(response);
    String tag = "W/\"" + digest(body) + "\"";
    response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
    if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
      // a cache may keep it but must ask again; answers depend on who asks
      response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "private, no-cache");
    }
    if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
      response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
      response.setEntity(null);
    } else {
      response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private byte[] serialised(ContainerResponseContext response) throws IOException {
    MessageBodyWriter writer =
        providers.getMessageBodyWriter(
            response.getEntityClass(),
            response.getEntityType(),
            response.getEntityAnnotations(),
            response.getMediaType());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.writeTo(
        response.getEntity(),
        response.getEntityClass(),
        response.getEntityType(),
        response.getEntityAnnotations(),
        response.getMediaType(),
        response.getHeaders(),
        out);
    return out.toByteArray();
  }

  /** Whether If-None-Match names the tag (weak comparison, RFC 9110) or is "*". */
  static boolean matches(String ifNoneMatch, String tag) {
    if (ifNoneMatch == null) {
      return false;
    }
    String opaque = tag.substring(2);
    return Arrays.stream(ifNoneMatch.split(","))
        .map(String::strip)
        .anyMatch(
            candidate -> candidate.equals("*") || candidate.replaceFirst("^W/", "").equals(opaque));
  }

  private static String digest(byte[] body) {
    try {
      byte[] sha = MessageDigest.getInstance("SHA-256").digest(body);
      return HexFormat.of().formatHex(sha, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
