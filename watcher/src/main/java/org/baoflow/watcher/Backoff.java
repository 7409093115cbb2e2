package org.baoflow.watcher;

import java.time.Duration;

/**
 * Exponential delays between failed sends: {@code initial}, doubling up to {@code cap}, back to
 * {@code initial} after a success. Used by one thread only.
 */
final class Backoff {
  private final Duration initial;
  private final Duration cap;
  private Duration next;

  Backoff(Duration initial, Duration cap) {
    this.initial = initial;
    this.cap = cap;
    this.next = initial;
  }

  /** The delay before the next attempt; each call doubles the following one, up to the cap. */
  Duration next() {
    Duration current = next;
    Duration doubled = next.multipliedBy(2);
    next = doubled.compareTo(cap) > 0 ? cap : doubled;
    return current;
  }

  /** After a success: the next failure waits {@code initial} again. */
  void reset() {
    next = initial;
  }
}
