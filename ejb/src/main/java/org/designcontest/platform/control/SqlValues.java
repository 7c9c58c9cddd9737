package org.designcontest.platform.control;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.stream.Collectors;

/** Values crossing native SQL queries. */
public final class SqlValues {

  private SqlValues() {}

  /**
   * Ids as a PostgreSQL array literal ("{1,2,3}"), for {@code cast(?1 as bigint[])}: one bound
   * parameter however many ids, where JPA would need one each.
   */
  public static String ofIds(Collection<Long> ids) {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
  }

  /**
   * A timestamptz column's value (the driver answers Timestamp or OffsetDateTime); null stays null.
   */
  public static Instant instant(Object column) {
    if (column == null) {
      return null;
    }
    if (column instanceof java.sql.Timestamp timestamp) {
      return timestamp.toInstant();
    }
    return ((OffsetDateTime) column).toInstant();
  }
}
