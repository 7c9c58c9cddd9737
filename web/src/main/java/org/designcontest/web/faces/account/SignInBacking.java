package org.designcontest.web.faces.account;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import org.designcontest.web.faces.FieldMessages;
import org.designcontest.web.security.DesigncontestAuthentication;

/** The sign-in form. Failures get one sentence that does not say whether the account exists. */
@Named
@RequestScoped
public class SignInBacking {

  @Inject SecurityContext security;

  @Inject FacesContext faces;

  @NotBlank(message = "Enter your email address.")
  private String email;

  @NotBlank(message = "Enter your password.")
  private String password;

  private boolean rememberMe;

  public String signIn() {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            withParams()
                .credential(new UsernamePasswordCredential(email, new Password(password)))
                .rememberMe(rememberMe)
                .newAuthentication(true));
    if (status == AuthenticationStatus.SUCCESS) {
      FieldMessages.flash(faces, "You are signed in.");
      return "/index?faces-redirect=true";
    }
    Object problem = request.getAttribute(DesigncontestAuthentication.SIGN_IN_PROBLEM);
    faces.addMessage(
        "signIn:password",
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR,
            problem == null ? DesigncontestAuthentication.WRONG_CREDENTIALS : problem.toString(),
            null));
    return null;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public boolean isRememberMe() {
    return rememberMe;
  }

  public void setRememberMe(boolean rememberMe) {
    this.rememberMe = rememberMe;
  }
}
