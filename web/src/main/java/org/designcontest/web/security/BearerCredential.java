package org.designcontest.web.security;

import jakarta.security.enterprise.credential.Credential;

/** An API token sent as {@code Authorization: Bearer <token>}. */
public record BearerCredential(String token) implements Credential {}
