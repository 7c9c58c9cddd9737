package org.designcontest.web.api.account;

import java.time.Instant;
import org.designcontest.account.entity.ApiToken;

/** A token as the API shows it; {@code secret} only in the answer that made it. */
public record ApiTokenView(
    long id,
    String name,
    String scope,
    Long companyId,
    Instant createdAt,
    Instant lastUsedAt,
    Instant revokedAt,
    String secret) {

  static ApiTokenView of(ApiToken token, String secret) {
    return new ApiTokenView(
        token.id(),
        token.name(),
        token.scope().name(),
        token.company().map(company -> company.id()).orElse(null),
        token.createdAt(),
        token.lastUsedAt().orElse(null),
        token.revokedAt().orElse(null),
        secret);
  }
}
