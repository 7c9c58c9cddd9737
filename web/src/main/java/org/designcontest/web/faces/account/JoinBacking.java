package org.designcontest.web.faces.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.designcontest.account.boundary.CompanyMembers;
import org.designcontest.account.boundary.JoiningStaff;
import org.designcontest.web.faces.FieldMessages;

/** The page an invitation's link opens: choose a name and password, and join the company. */
@Named
@RequestScoped
public class JoinBacking {

  @Inject CompanyMembers members;

  @Inject FacesContext faces;

  private String token;
  private String displayName;
  private String password;

  public String join() {
    try {
      members.accept(new JoiningStaff(token, displayName, password));
    } catch (RuntimeException e) {
      return FieldMessages.stayWith(faces, "join", e);
    }
    FieldMessages.flash(faces, "Welcome aboard. Sign in with your new password.");
    return "/login?faces-redirect=true";
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
