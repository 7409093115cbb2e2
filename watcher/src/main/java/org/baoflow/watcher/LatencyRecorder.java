package org.baoflow.watcher;

import java.time.Duration;
import java.util.Arrays;

/**
 * The latest latencies (event received to signal accepted) in memory, for percentiles. It keeps the
 * most recent {@value #CAPACITY} samples, enough for a benchmark of 1,000 events.
 */
public final class LatencyRecorder {
  static final int CAPACITY = 16_384;

  private final long[] samples = new long[CAPACITY];
  private long count;

  /** Records one latency in nanoseconds. */
  public synchronized void record(long nanos) {
    samples[(int) (count % CAPACITY)] = nanos;
    count++;
  }

  /** How many latencies were recorded since the start. */
  public synchronized long count() {
    return count;
  }

  /**
   * The {@code percentile} (0 to 100, nearest rank) of the kept samples; zero when there are none.
   */
  public synchronized Duration percentile(double percentile) {
    if (percentile < 0 || percentile > 100) {
      throw new IllegalArgumentException("a percentile is between 0 and 100, got " + percentile);
    }
    int kept = (int) Math.min(count, CAPACITY);
    if (kept == 0) {
      return Duration.ZERO;
    }
    long[] sorted = Arrays.copyOf(samples, kept);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(percentile / 100 * kept);
    return Duration.ofNanos(sorted[Math.max(0, rank - 1)]);
  }

  /** The median. */
  public Duration p50() {
    return percentile(50);
  }

  /** The 99th percentile. */
  public Duration p99() {
    return percentile(99);
  }
}
