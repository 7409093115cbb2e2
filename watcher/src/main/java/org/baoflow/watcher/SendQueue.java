package org.baoflow.watcher;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sends waiting for Temporal, one per {@link ResourceKey} and in the order their keys first
 * came: a newer state of a key replaces the waiting one in place (latest wins), so the events of
 * one cluster stay ordered and a burst of updates becomes one send. Entries leave only when {@link
 * #complete} confirms them, so nothing is lost while Temporal is unreachable or while this replica
 * does not lead. The gate is open while this replica leads.
 */
final class SendQueue {
  private final Map<ResourceKey, PendingSend> pending = new LinkedHashMap<>();
  private boolean gateOpen;
  private boolean closed;

  /** Adds {@code send}, replacing a waiting send of the same key. */
  synchronized void offer(PendingSend send) {
    pending.put(send.key(), send);
    notifyAll();
  }

  /** Drops the waiting send of {@code key}, because its latest state was already acknowledged. */
  synchronized void discard(ResourceKey key) {
    pending.remove(key);
  }

  /** Removes {@code send} unless a newer state of its key replaced it meanwhile. */
  synchronized void complete(PendingSend send) {
    pending.remove(send.key(), send);
  }

  /**
   * The oldest waiting send, once the gate is open; {@code null} once the queue is closed. It stays
   * in the queue until {@link #complete}.
   */
  synchronized PendingSend awaitHead() throws InterruptedException {
    while (!closed && (!gateOpen || pending.isEmpty())) {
      wait();
    }
    return closed ? null : pending.values().iterator().next();
  }

  /** Waits {@code duration} or until the queue closes; returns whether it is still open. */
  synchronized boolean pause(Duration duration) throws InterruptedException {
    long deadline = System.nanoTime() + duration.toNanos();
    long left = duration.toNanos();
    while (!closed && left > 0) {
      wait(Math.max(1, left / 1_000_000));
      left = deadline - System.nanoTime();
    }
    return !closed;
  }

  /** Lets sends through (this replica leads) or holds them back. */
  synchronized void gate(boolean open) {
    gateOpen = open;
    notifyAll();
  }

  /** How many sends wait. */
  synchronized int size() {
    return pending.size();
  }

  /** Wakes every waiter; the queue hands out nothing more. */
  synchronized void close() {
    closed = true;
    notifyAll();
  }
}
