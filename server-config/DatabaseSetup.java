import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Creates the application's PostgreSQL role and database if they are missing (or, with --recreate,
 * drops and recreates the database: the tests start from empty). Runs as a single-file program, so a
 * fresh machine needs only a JDK and the JDBC driver:
 *
 * <pre>java -cp postgresql.jar server-config/DatabaseSetup.java [--recreate]</pre>
 *
 * Reads DB_HOST, DB_PORT, DB_NAME, DB_USER, DB_PASSWORD and, to connect as an administrator,
 * DB_ADMIN_USER and DB_ADMIN_PASSWORD.
 */
public class DatabaseSetup {

  public static void main(String[] args) throws SQLException {
    boolean recreate = args.length > 0 && args[0].equals("--recreate");
    String host = env("DB_HOST", "127.0.0.1");
    String port = env("DB_PORT", "5432");
    String database = identifier(env("DB_NAME", "designcontest"));
    String user = identifier(env("DB_USER", "designcontest"));
    String password = env("DB_PASSWORD", "designcontest");

    Properties admin = new Properties();
    admin.setProperty("user", env("DB_ADMIN_USER", "postgres"));
    admin.setProperty("password", env("DB_ADMIN_PASSWORD", ""));
    String url = "jdbc:postgresql://" + host + ":" + port + "/postgres";
    try (Connection c = DriverManager.getConnection(url, admin);
        Statement s = c.createStatement()) {
      if (!exists(c, "select 1 from pg_roles where rolname = ?", user)) {
        s.execute("create role " + user + " login password '" + password.replace("'", "''") + "'");
        System.out.println("database setup: created role " + user);
      }
      if (recreate) {
        s.execute("drop database if exists " + database + " with (force)");
      }
      if (!exists(c, "select 1 from pg_database where datname = ?", database)) {
        s.execute("create database " + database + " owner " + user + " encoding 'UTF8'");
        System.out.println("database setup: created database " + database + " on " + host + ":" + port);
      } else {
        System.out.println("database setup: database " + database + " is there");
      }
    }
  }

  private static boolean exists(Connection c, String query, String name) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(query)) {
      p.setString(1, name);
      try (ResultSet r = p.executeQuery()) {
        return r.next();
      }
    }
  }

  /** Names go into DDL unquoted, so only plain ones are accepted. */
  private static String identifier(String name) {
    if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("not a plain PostgreSQL name: " + name);
    }
    return name;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() ? fallback : value;
  }
}
