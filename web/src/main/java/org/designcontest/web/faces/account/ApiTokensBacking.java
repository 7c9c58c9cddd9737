package org.designcontest.web.faces.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.designcontest.account.boundary.ApiTokens;
import org.designcontest.account.boundary.NewApiToken;
import org.designcontest.account.entity.ApiToken;
import org.designcontest.web.faces.FieldMessages;
import org.designcontest.web.faces.SignInFirst;

/** The API tokens page: make one (its secret is shown on this answer only), see them, revoke. */
@Named
@RequestScoped
public class ApiTokensBacking {

  @Inject ApiTokens tokens;

  @Inject FacesContext faces;

  private String name;
  private String scope = "READ";
  private boolean forCompany;
  private String newSecret;
  private List<ApiToken> visible;

  /** Sends visitors who are not signed in to the sign-in page. */
  public void load() throws IOException {
    SignInFirst.redirected(faces);
  }

  public String create() {
    try {
      newSecret = tokens.create(new NewApiToken(name, scope, forCompany)).secret();
    } catch (RuntimeException e) {
      return FieldMessages.stayWith(faces, "token", e);
    }
    return null; // the same page: the secret must not travel in a redirect
  }

  public String revoke(long tokenId) {
    tokens.revoke(tokenId);
    FieldMessages.flash(faces, "The token is revoked: it no longer works.");
    return "/tokens?faces-redirect=true";
  }

  public List<ApiToken> getVisible() {
    if (visible == null) {
      visible = tokens.visible();
    }
    return visible;
  }

  public String getNewSecret() {
    return newSecret;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }

  public boolean isForCompany() {
    return forCompany;
  }

  public void setForCompany(boolean forCompany) {
    this.forCompany = forCompany;
  }
}
