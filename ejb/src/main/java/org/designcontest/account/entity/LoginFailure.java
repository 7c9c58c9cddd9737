package org.designcontest.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Failed sign-ins counted per key ("account:&lt;email&gt;" or "address:&lt;ip&gt;"). A failure
 * older than the throttling window starts the count again.
 */
@Entity
@Table(name = "login_failure")
@NamedNativeQuery(
    name = LoginFailure.COUNT_ONE_MORE,
    query =
        "insert into login_failure (throttle_key, failures, last_failure_at) values (?1, 1, ?2)"
            + " on conflict (throttle_key) do update set failures = case"
            + " when login_failure.last_failure_at < ?3 then 1 else login_failure.failures + 1 end,"
            + " last_failure_at = excluded.last_failure_at")
public class LoginFailure {

  public static final String COUNT_ONE_MORE = "LoginFailure.countOneMore";

  @Id
  @Column(name = "throttle_key")
  private String key;

  private int failures;

  @Column(name = "last_failure_at")
  private Instant lastFailureAt;

  protected LoginFailure() {}

  public int failures() {
    return failures;
  }

  public Instant lastFailureAt() {
    return lastFailureAt;
  }
}
