package org.designcontest.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The one Content-Security-Policy of the application, in two forms.
 *
 * <ul>
 *   <li>{@link #STRICT}: every response gets it first (API, files, redirects, Faces resources): no
 *       inline script, no inline style.
 *   <li>{@link #getForPages()}: Faces pages. PrimeFaces' CSP mode ({@code primefaces.CSP_POLICY} in
 *       web.xml names this) appends {@code 'nonce-…';} to it: script-src therefore comes last, and
 *       a page runs only the scripts of the application's origin and the inline scripts PrimeFaces
 *       rendered with that page's nonce (its widgets and the event handlers it moved out of {@code
 *       on…} attributes). PrimeFaces' renderers and widgets write {@code style="…"} attributes
 *       (e.g. a menu's {@code max-height}), so pages allow inline style <em>attributes</em> ({@code
 *       style-src-attr}); {@code <style>} elements and style sheets of other origins stay refused.
 *       Images may also come from {@code blob:} addresses: the previews of files being uploaded.
 * </ul>
 *
 * {@link SecurityHeaders} sends the strict policy and lets PrimeFaces' header for a page replace
 * it, so a response never carries two policies (a browser would enforce both, and the first one
 * would refuse the nonce'd scripts).
 */
@Named
@ApplicationScoped
public class ContentSecurityPolicy {

  private static final String COMMON =
      "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
          + " frame-ancestors 'none'";

  static final String STRICT =
      COMMON + "; img-src 'self' data:; style-src 'self'; script-src 'self'";

  // blob: images are the previews of files the visitor is about to upload (PrimeFaces' file
  // upload draws them from the chosen file); only the page's own scripts can make such an address
  static final String PAGES =
      COMMON
          + "; img-src 'self' data: blob:; style-src 'self'; style-src-attr 'unsafe-inline';"
          + " script-src 'self'";

  /** The policy of a Faces page without its nonce; PrimeFaces appends {@code 'nonce-…';}. */
  public String getForPages() {
    return PAGES;
  }
}
