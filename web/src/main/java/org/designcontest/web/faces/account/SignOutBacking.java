package org.designcontest.web.faces.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.designcontest.web.faces.FieldMessages;
import org.designcontest.web.security.DesigncontestAuthentication;

/** Sign-out (a POST from the header, so no other site can sign someone out with a link). */
@Named
@RequestScoped
public class SignOutBacking {

  @Inject FacesContext faces;

  @Inject DesigncontestAuthentication authentication;

  public String signOut() throws ServletException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    authentication.forgetBrowser(request, (HttpServletResponse) external.getResponse());
    request.logout();
    external.invalidateSession();
    FieldMessages.flash(faces, "You are signed out.");
    return "/index?faces-redirect=true";
  }
}
