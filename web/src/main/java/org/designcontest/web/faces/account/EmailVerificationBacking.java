package org.designcontest.web.faces.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.designcontest.account.boundary.SignUp;
import org.designcontest.platform.boundary.InvalidFieldException;

/** The page the emailed link opens: confirms the address once. */
@Named
@RequestScoped
public class EmailVerificationBacking {

  @Inject SignUp signUp;

  private String token;
  private boolean verified;
  private String problem;

  public void verify() {
    if (token == null || token.isBlank()) {
      problem = "This link is incomplete: open the whole link from the email.";
      return;
    }
    try {
      signUp.verifyEmail(token);
      verified = true;
    } catch (InvalidFieldException e) {
      problem = e.getMessage();
    }
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public boolean isVerified() {
    return verified;
  }

  public String getProblem() {
    return problem;
  }
}
