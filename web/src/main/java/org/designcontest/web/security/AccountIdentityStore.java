package org.designcontest.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import org.designcontest.account.boundary.Authentication;
import org.designcontest.account.boundary.Authentication.Identity;

/** Validates email and password, and API tokens, against the accounts in PostgreSQL. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject Authentication authentication;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    return result(
        authentication.checkPassword(credential.getCaller(), credential.getPasswordAsString()));
  }

  public CredentialValidationResult validate(BearerCredential credential) {
    return result(authentication.bearerToken(credential.token()));
  }

  private static CredentialValidationResult result(Optional<Identity> identity) {
    return identity
        .map(found -> new CredentialValidationResult(found.principal(), found.groups()))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
