package org.designcontest.web.faces;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * The error pages render as a fresh view, also when the failed request was a form's post. Without
 * this, Faces takes the post's {@code jakarta.faces.ViewState} parameter for a postback of the
 * error page itself: restoring it fails again (a stale form's view is gone), or PrimeFaces refuses
 * it for the missing CSP nonce, and the visitor gets the container's bare 500 instead of the page.
 * The error page needs none of the failed request's parameters.
 */
@WebFilter(
    urlPatterns = {"/error.xhtml", "/not-found.xhtml", "/forbidden.xhtml"},
    dispatcherTypes = DispatcherType.ERROR)
public class FreshErrorPages extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(new WithoutParameters(request), response);
  }

  private static final class WithoutParameters extends HttpServletRequestWrapper {

    WithoutParameters(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getMethod() {
      return "GET";
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }
  }
}
