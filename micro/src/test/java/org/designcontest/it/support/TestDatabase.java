package org.designcontest.it.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Direct JDBC access to the test database, so that tests check what really is in PostgreSQL, and
 * seed what the API cannot create yet (companies and accounts come with the security issue).
 */
public final class TestDatabase {

  private TestDatabase() {}

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("it.db.url"),
        System.getProperty("it.db.user"),
        System.getProperty("it.db.password"));
  }

  public static Connection connectAsAdmin() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("it.db.admin.url"),
        System.getProperty("it.db.admin.user"),
        System.getProperty("it.db.admin.password"));
  }

  public static long count(String sql, Object... params) {
    return ((Number) first(sql, params)).longValue();
  }

  public static void execute(String sql, Object... params) {
    try (Connection c = connect();
        PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        p.setObject(i + 1, params[i]);
      }
      p.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Another (not owning) staff member of the company; returns the account id. */
  public static long newStaffOf(long companyId) {
    try (Connection c = connect()) {
      return insertAccount(
          c, "colleague-" + UUID.randomUUID().toString().substring(0, 8), "CUSTOMER", companyId);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A new company with its owner; returns the owner's account id. */
  public static long newCompanyStaff() {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      ResultSet company =
          s.executeQuery(
              "insert into company (name, created_at) values ('Company "
                  + unique
                  + "', now()) returning id");
      company.next();
      long owner = insertAccount(c, "staff-" + unique, "CUSTOMER", company.getLong(1));
      s.executeUpdate(
          "update account set company_owner = true, email_verified_at = now() where id = " + owner);
      return owner;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The text in the first column of the first row. */
  public static String text(String sql, Object... params) {
    return (String) first(sql, params);
  }

  private static Object first(String sql, Object... params) {
    try (Connection c = connect();
        PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        p.setObject(i + 1, params[i]);
      }
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getObject(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static long accountIdOf(String email) {
    return count("select id from account where email = ?", email);
  }

  /**
   * A new API token of the account (for its company when {@code companyId} is given); returns the
   * secret to send as a bearer token.
   */
  public static String newToken(long accountId, Long companyId, String scope) {
    String secret = "dc_test_" + UUID.randomUUID();
    try (Connection c = connect();
        PreparedStatement p =
            c.prepareStatement(
                "insert into api_token (token_hash, name, created_by, company_id, scope,"
                    + " created_at) values (?, 'test', ?, ?, ?, now())")) {
      p.setString(1, sha256(secret));
      p.setLong(2, accountId);
      p.setObject(3, companyId);
      p.setString(4, scope);
      p.executeUpdate();
      return secret;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static long companyOf(long accountId) {
    return count("select company_id from account where id = ?", accountId);
  }

  public static long newAccount(String role) {
    try (Connection c = connect()) {
      return insertAccount(
          c, role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8), role, null);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sha256(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Gives the account a password, hashed as the app stores them (Jakarta Security's PBKDF2 format:
   * algorithm:iterations:salt:hash, Base64), so that a test can sign in on the pages.
   */
  public static void setPassword(long accountId, String password) {
    try {
      byte[] salt = new byte[32];
      new java.security.SecureRandom().nextBytes(salt);
      byte[] hash =
          javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
              .generateSecret(
                  new javax.crypto.spec.PBEKeySpec(password.toCharArray(), salt, 210_000, 256))
              .getEncoded();
      java.util.Base64.Encoder base64 = java.util.Base64.getEncoder();
      execute(
          "update account set password_hash = ?, email_verified_at = coalesce(email_verified_at,"
              + " now()) where id = ?",
          "PBKDF2WithHmacSHA512:210000:"
              + base64.encodeToString(salt)
              + ":"
              + base64.encodeToString(hash),
          accountId);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A designer whose email address is confirmed; returns the account id. */
  public static long newDesigner() {
    try (Connection c = connect()) {
      long designer =
          insertAccount(
              c, "designer-" + UUID.randomUUID().toString().substring(0, 8), "DESIGNER", null);
      c.createStatement()
          .executeUpdate("update account set email_verified_at = now() where id = " + designer);
      return designer;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long insertAccount(Connection c, String name, String role, Long companyId)
      throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "insert into account (email, display_name, role, company_id, created_at)"
                + " values (?, ?, ?, ?, now()) returning id")) {
      p.setString(1, name + "@example.test");
      p.setString(2, name);
      p.setString(3, role);
      p.setObject(4, companyId);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
