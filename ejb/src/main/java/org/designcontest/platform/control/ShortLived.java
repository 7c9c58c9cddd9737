package org.designcontest.platform.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * Answers that are the same for everyone, kept for a short time. When one expires, one caller
 * computes it again while the others asking for the same key wait for that answer instead of all
 * going to the database at once. Bounded: beyond {@code maxKeys} it starts afresh.
 */
public final class ShortLived<K, V> {

  private record Kept<V>(V value, Instant freshUntil) {}

  private final ConcurrentMap<K, Kept<V>> kept = new ConcurrentHashMap<>();
  private final Duration freshFor;
  private final int maxKeys;
  private final Clock clock;

  public ShortLived(Duration freshFor, int maxKeys, Clock clock) {
    this.freshFor = freshFor;
    this.maxKeys = maxKeys;
    this.clock = clock;
  }

  public V get(K key, Function<K, V> compute) {
    Kept<V> hit = kept.get(key);
    if (hit != null && clock.instant().isBefore(hit.freshUntil())) {
      return hit.value();
    }
    if (kept.size() >= maxKeys) {
      kept.clear();
    }
    return kept.compute(
            key,
            (k, old) ->
                old != null && clock.instant().isBefore(old.freshUntil())
                    ? old
                    : new Kept<>(compute.apply(k), clock.instant().plus(freshFor)))
        .value();
  }
}
