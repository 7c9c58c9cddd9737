package org.designcontest.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.designcontest.account.boundary.Authentication;
import org.designcontest.account.boundary.Authentication.Identity;
import org.designcontest.web.api.problem.Problem;

/**
 * The one authentication mechanism.
 *
 * <ul>
 *   <li>API ({@code /api/…}): {@code Authorization: Bearer <token>}; no session or cookie is ever
 *       used there, so a browser's session cannot be made to write through the API (CSRF). HTTP
 *       Basic is accepted only to make a token ({@code POST /api/tokens}), throttled like the
 *       sign-in page.
 *   <li>Pages: the sign-in form (throttled), then the session; a remember-me cookie signs a browser
 *       in again, and is replaced each time it is used. The session id changes at sign-in
 *       (fixation).
 * </ul>
 *
 * Suspension and revocation are checked on every request.
 */
@ApplicationScoped
public class DesigncontestAuthentication implements HttpAuthenticationMechanism {

  /** The session attribute that holds the signed-in principal. */
  static final String SESSION_PRINCIPAL = "designcontest.principal";

  static final String REMEMBER_ME_COOKIE = "dc_remember";

  /** Set on the request when a sign-in failed: the sentence to show next to the form. */
  public static final String SIGN_IN_PROBLEM = "designcontest.signInProblem";

  public static final String WRONG_CREDENTIALS = "The email address or the password is not right.";

  private static final Jsonb JSON = JsonbBuilder.create();
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @Inject IdentityStoreHandler identityStores;

  @Inject Authentication authentication;

  @Inject Clock clock;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null && (isApi(request) || isLive(request))) {
      return fromAuthorizationHeader(authorization, request, response, context);
    }
    if (context.isAuthenticationRequest()
        && context.getAuthParameters().getCredential()
            instanceof UsernamePasswordCredential credential) {
      return signIn(credential, context.getAuthParameters().isRememberMe(), request, context);
    }
    if (isApi(request)) {
      return context.doNothing();
    }
    if (isLive(request) && isCrossSite(request)) {
      // another site's page would ride on the visitor's session (cross-site WebSocket hijacking)
      write(response, 403, "Forbidden", "Live updates are for this site's own pages.");
      return AuthenticationStatus.SEND_FAILURE;
    }
    AuthenticationStatus status = fromSession(request, response, context);
    if (isLive(request) && status != AuthenticationStatus.SUCCESS) {
      // refused before the upgrade: a socket closed while it opens upsets the container
      return refuse(response, "Sign in, or send an API token, to receive live updates.");
    }
    return status;
  }

  private AuthenticationStatus fromAuthorizationHeader(
      String authorization,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      CredentialValidationResult result =
          identityStores.validate(new BearerCredential(authorization.substring(7).strip()));
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        return refuse(response, "The API token is unknown, revoked or suspended.");
      }
      if (isLive(request) && result.getCallerGroups().contains(Authentication.COMPANY_TOKEN)) {
        write(
            response, 403, "Forbidden", "Live updates belong to people; a company token has none.");
        return AuthenticationStatus.SEND_FAILURE;
      }
      return context.notifyContainerAboutLogin(result);
    }
    if (authorization.regionMatches(true, 0, "Basic ", 0, 6) && isTokenRequest(request)) {
      Optional<UsernamePasswordCredential> credential = basic(authorization.substring(6).strip());
      if (credential.isEmpty()) {
        return refuse(response, "Send your email and password as HTTP Basic.");
      }
      Optional<Instant> blocked =
          authentication.blockedUntil(credential.get().getCaller(), request.getRemoteAddr());
      if (blocked.isPresent()) {
        return tooManyFailures(response, blocked.get());
      }
      CredentialValidationResult result = identityStores.validate(credential.get());
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        authentication.failedSignIn(credential.get().getCaller(), request.getRemoteAddr());
        return refuse(response, WRONG_CREDENTIALS);
      }
      authentication.succeededSignIn(credential.get().getCaller());
      return context.notifyContainerAboutLogin(result);
    }
    return refuse(response, "Send an API token as: Authorization: Bearer <token>.");
  }

  private AuthenticationStatus signIn(
      UsernamePasswordCredential credential,
      boolean rememberMe,
      HttpServletRequest request,
      HttpMessageContext context) {
    String email = credential.getCaller();
    Optional<Instant> blocked = authentication.blockedUntil(email, request.getRemoteAddr());
    if (blocked.isPresent()) {
      request.setAttribute(SIGN_IN_PROBLEM, tooManyFailuresSentence(blocked.get()));
      return AuthenticationStatus.SEND_FAILURE; // the page shows the sentence
    }
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      authentication.failedSignIn(email, request.getRemoteAddr());
      request.setAttribute(SIGN_IN_PROBLEM, WRONG_CREDENTIALS);
      return AuthenticationStatus.SEND_FAILURE;
    }
    authentication.succeededSignIn(email);
    String principal = result.getCallerPrincipal().getName();
    startSession(request, principal);
    if (rememberMe) {
      setRememberMeCookie(context.getResponse(), request, authentication.remember(principal));
    }
    return context.notifyContainerAboutLogin(result);
  }

  private AuthenticationStatus fromSession(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    Object principal = session == null ? null : session.getAttribute(SESSION_PRINCIPAL);
    if (principal != null) {
      Optional<Identity> identity = authentication.activeAccount(accountId(principal.toString()));
      if (identity.isPresent()) {
        return notify(context, identity.get());
      }
      session.invalidate(); // suspended since: out at once
      return context.doNothing();
    }
    Optional<String> remembered = cookie(request, REMEMBER_ME_COOKIE);
    if (remembered.isPresent()) {
      Optional<Authentication.Remembered> again = authentication.signInRemembered(remembered.get());
      if (again.isPresent()) {
        startSession(request, again.get().identity().principal());
        setRememberMeCookie(response, request, again.get().newSecret());
        return notify(context, again.get().identity());
      }
      clearRememberMeCookie(response, request);
    }
    return context.doNothing();
  }

  /** Forgets the browser's remember-me secret, if it has one (on sign-out). */
  public void forgetBrowser(HttpServletRequest request, HttpServletResponse response) {
    cookie(request, REMEMBER_ME_COOKIE).ifPresent(authentication::forget);
    clearRememberMeCookie(response, request);
  }

  private static AuthenticationStatus notify(HttpMessageContext context, Identity identity) {
    return context.notifyContainerAboutLogin(identity.principal(), identity.groups());
  }

  private static void startSession(HttpServletRequest request, String principal) {
    if (request.getSession(false) != null) {
      request.changeSessionId(); // session fixation: a new id for the signed-in session
    }
    request.getSession(true).setAttribute(SESSION_PRINCIPAL, principal);
  }

  private static void setRememberMeCookie(
      HttpServletResponse response, HttpServletRequest request, String secret) {
    Cookie cookie = new Cookie(REMEMBER_ME_COOKIE, secret);
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setPath(contextPath(request));
    cookie.setMaxAge((int) Duration.ofDays(30).toSeconds());
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
  }

  private static void clearRememberMeCookie(
      HttpServletResponse response, HttpServletRequest request) {
    Cookie cookie = new Cookie(REMEMBER_ME_COOKIE, "");
    cookie.setPath(contextPath(request));
    cookie.setMaxAge(0);
    response.addCookie(cookie);
  }

  private AuthenticationStatus tooManyFailures(HttpServletResponse response, Instant until) {
    response.setHeader(
        "Retry-After",
        String.valueOf(Math.max(1, Duration.between(clock.instant(), until).toSeconds())));
    write(response, 429, "Too Many Requests", tooManyFailuresSentence(until));
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static String tooManyFailuresSentence(Instant until) {
    return "Too many failed sign-ins. Try again after " + TIME.format(until) + ".";
  }

  private static AuthenticationStatus refuse(HttpServletResponse response, String detail) {
    response.setHeader("WWW-Authenticate", "Bearer realm=\"designcontest\"");
    write(response, 401, "Unauthorized", detail);
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static void write(HttpServletResponse response, int status, String title, String detail) {
    try {
      response.setStatus(status);
      response.setContentType(Problem.MEDIA_TYPE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write(JSON.toJson(new Problem("about:blank", title, status, detail, null)));
      response.flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<UsernamePasswordCredential> basic(String encoded) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 1
          ? Optional.empty()
          : Optional.of(
              new UsernamePasswordCredential(
                  decoded.substring(0, colon), decoded.substring(colon + 1)));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }

  private static Optional<String> cookie(HttpServletRequest request, String name) {
    Cookie[] cookies = request.getCookies();
    return cookies == null
        ? Optional.empty()
        : Arrays.stream(cookies)
            .filter(c -> c.getName().equals(name) && !c.getValue().isBlank())
            .map(Cookie::getValue)
            .findFirst();
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getServletPath().startsWith("/api");
  }

  /** The WebSocket of live updates: pages come with their session, other clients with a token. */
  private static boolean isLive(HttpServletRequest request) {
    return (request.getServletPath() + nullToEmpty(request.getPathInfo())).equals("/live");
  }

  /**
   * Whether a browser opened this from another site's page: its Origin names another host than the
   * one asked (or, behind a proxy, the one the proxy was asked). Clients that are not browsers send
   * no Origin; they come with a token, which no other site's page can add.
   */
  static boolean isCrossSite(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return false;
    }
    String forwarded = request.getHeader("X-Forwarded-Host");
    String host = forwarded != null ? forwarded.split(",")[0].strip() : request.getHeader("Host");
    try {
      URI from = URI.create(origin);
      String authority =
          from.getPort() == -1 ? from.getHost() : from.getHost() + ":" + from.getPort();
      return from.getHost() == null || !authority.equalsIgnoreCase(host);
    } catch (IllegalArgumentException e) {
      return true;
    }
  }

  private static boolean isTokenRequest(HttpServletRequest request) {
    return "POST".equals(request.getMethod())
        && (request.getServletPath() + nullToEmpty(request.getPathInfo())).equals("/api/tokens");
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String contextPath(HttpServletRequest request) {
    return request.getContextPath().isEmpty() ? "/" : request.getContextPath();
  }

  private static long accountId(String principal) {
    return Long.parseLong(principal.substring(principal.indexOf(':') + 1));
  }
}
