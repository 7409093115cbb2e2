package org.baoflow.watcher;

import java.util.concurrent.atomic.LongAdder;

/**
 * What a watcher did since it started: events seen, sends tried, acknowledged and failed, and the
 * latency of event to accepted signal. In memory; the worker's metrics endpoint or a benchmark
 * reads it.
 */
public final class WatcherMetrics {
  private final LongAdder events = new LongAdder();
  private final LongAdder sends = new LongAdder();
  private final LongAdder acknowledged = new LongAdder();
  private final LongAdder failures = new LongAdder();
  private final LatencyRecorder latency = new LatencyRecorder();

  void eventReceived() {
    events.increment();
  }

  void sendAttempted() {
    sends.increment();
  }

  void sendAcknowledged(long receivedNanos) {
    acknowledged.increment();
    latency.record(System.nanoTime() - receivedNanos);
  }

  void sendFailed() {
    failures.increment();
  }

  /** Informer events received (adds, updates, deletes). */
  public long events() {
    return events.sum();
  }

  /** Calls to Temporal attempted. */
  public long sends() {
    return sends.sum();
  }

  /** Calls Temporal accepted (a signal to a workflow that no longer exists counts). */
  public long acknowledged() {
    return acknowledged.sum();
  }

  /** Calls that failed and will be retried. */
  public long failures() {
    return failures.sum();
  }

  /** Event received to signal accepted, for acknowledged sends. */
  public LatencyRecorder latency() {
    return latency;
  }
}
