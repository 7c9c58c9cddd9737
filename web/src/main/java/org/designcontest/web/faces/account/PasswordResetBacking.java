package org.designcontest.web.faces.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.designcontest.account.boundary.NewPassword;
import org.designcontest.account.boundary.PasswordReset;
import org.designcontest.account.boundary.PasswordResetRequest;
import org.designcontest.web.faces.FieldMessages;

/** "Forgot your password?" and the page its emailed link opens. */
@Named
@RequestScoped
public class PasswordResetBacking {

  @Inject PasswordReset passwordReset;

  @Inject FacesContext faces;

  private String email;
  private String token;
  private String password;

  public String requestLink() {
    try {
      passwordReset.request(new PasswordResetRequest(email));
    } catch (RuntimeException e) {
      return FieldMessages.stayWith(faces, "forgot", e);
    }
    FieldMessages.flash(
        faces, "If this address has an account, we sent it a link to choose a new password.");
    return "/index?faces-redirect=true";
  }

  public String reset() {
    try {
      passwordReset.reset(new NewPassword(token, password));
    } catch (RuntimeException e) {
      return FieldMessages.stayWith(faces, "reset", e);
    }
    FieldMessages.flash(faces, "Your password is changed. Sign in with the new one.");
    return "/login?faces-redirect=true";
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
