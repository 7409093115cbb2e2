package org.baoflow.watcher;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that sends: takes the oldest waiting send, skips it when its fingerprint was
 * already acknowledged, otherwise makes the Temporal call and records the fingerprint once Temporal
 * accepted it. While Temporal fails it backs off exponentially (up to {@link #MAX_BACKOFF}) and
 * keeps every waiting send; it logs one warning when an outage begins and one line when it ends.
 */
final class SignalDispatcher implements AutoCloseable {
  static final Duration INITIAL_BACKOFF = Duration.ofMillis(100);
  static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

  private static final Logger LOG = LoggerFactory.getLogger(SignalDispatcher.class);

  private final ClusterWorkflowSender sender;
  private final WatcherMetrics metrics;
  private final SendQueue queue = new SendQueue();
  private final Map<ResourceKey, String> acknowledged = new ConcurrentHashMap<>();
  private final Backoff backoff = new Backoff(INITIAL_BACKOFF, MAX_BACKOFF);
  private final Thread thread;
  private boolean outage;

  SignalDispatcher(ClusterWorkflowSender sender, WatcherMetrics metrics, String name) {
    this.sender = sender;
    this.metrics = metrics;
    this.thread = new Thread(this::run, name);
    this.thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  /**
   * Queues {@code send} unless its fingerprint is the acknowledged one; then a waiting older state
   * of the key is dropped too, since the newest state already reached the workflow.
   */
  void offer(PendingSend send) {
    if (send.fingerprint().equals(acknowledged.get(send.key()))) {
      queue.discard(send.key());
    } else {
      queue.offer(send);
    }
  }

  /** Whether {@code send} differs from what was acknowledged for its key. */
  boolean unacknowledged(PendingSend send) {
    return !send.fingerprint().equals(acknowledged.get(send.key()));
  }

  /** Sends while {@code leading}; holds sends back otherwise. */
  void leading(boolean leading) {
    queue.gate(leading);
  }

  /** How many sends wait. */
  int pending() {
    return queue.size();
  }

  @Override
  public void close() {
    queue.close();
    thread.interrupt();
    try {
      thread.join(Duration.ofSeconds(10).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    try {
      PendingSend next;
      while ((next = queue.awaitHead()) != null) {
        if (!unacknowledged(next)) {
          queue.complete(next);
        } else if (!deliver(next) && !queue.pause(backoff.next())) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private boolean deliver(PendingSend send) {
    metrics.sendAttempted();
    try {
      sender.send(send.observation());
    } catch (RuntimeException e) {
      metrics.sendFailed();
      if (!outage) {
        outage = true;
        LOG.warn(
            "Temporal did not accept a signal for {} ({}); retrying with backoff up to {} s, keeping"
                + " {} pending change(s)",
            send.observation().ids().cluster(),
            e.toString(),
            MAX_BACKOFF.toSeconds(),
            queue.size());
      }
      return false;
    }
    if (send.observation() instanceof Observation.Gone
        || send.fingerprint().equals(ClusterEventFilter.DELETED_HASH)) {
      acknowledged.remove(send.key());
    } else {
      acknowledged.put(send.key(), send.fingerprint());
    }
    queue.complete(send);
    metrics.sendAcknowledged(send.receivedNanos());
    backoff.reset();
    if (outage) {
      outage = false;
      LOG.info("Temporal accepts signals again; {} change(s) still pending", queue.size());
    }
    return true;
  }
}
