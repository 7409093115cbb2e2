package org.baoflow.lane.sim.bao.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The OpenBao endpoint faults of a lane, shared by all its nodes and consulted by each node's API
 * server for every request: fail or hang the next N requests matching a {@link BaoFaultTarget}, or
 * every one until cleared. Rules are independent; a request is claimed by the oldest rule it
 * matches and uses up one of its occurrences. Thread-safe.
 */
public final class BaoFaults {

  private static final class Rule {
    final BaoFaultTarget target;
    final BaoFaultAction action;
    // Negative: until cleared.
    int remaining;

    Rule(BaoFaultTarget target, BaoFaultAction action, int remaining) {
      this.target = Objects.requireNonNull(target, "target");
      this.action = Objects.requireNonNull(action, "action");
      this.remaining = remaining;
    }
  }

  private final List<Rule> rules = new ArrayList<>();
  private long injected;

  /**
   * The next {@code count} matching requests are answered {@code status} with {@code error} as
   * their only error message.
   */
  public void failNext(int count, BaoFaultTarget target, int status, String error) {
    add(target, new BaoFaultAction.Fail(status, List.of(error)), requirePositive(count));
  }

  /** Every matching request is answered {@code status} with {@code error} until {@link #clear}. */
  public void failUntilCleared(BaoFaultTarget target, int status, String error) {
    add(target, new BaoFaultAction.Fail(status, List.of(error)), -1);
  }

  /** The next {@code count} matching requests are held {@code duration}, then served. */
  public void hangNext(int count, BaoFaultTarget target, Duration duration) {
    add(target, new BaoFaultAction.Hang(duration), requirePositive(count));
  }

  /** Every matching request is held {@code duration}, then served, until {@link #clear}. */
  public void hangUntilCleared(BaoFaultTarget target, Duration duration) {
    add(target, new BaoFaultAction.Hang(duration), -1);
  }

  private synchronized void add(BaoFaultTarget target, BaoFaultAction action, int remaining) {
    rules.add(new Rule(target, action, remaining));
  }

  private static int requirePositive(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, got " + count);
    }
    return count;
  }

  /** Drops every rule, counted or not. */
  public synchronized void clear() {
    rules.clear();
  }

  /** Whether any rule is still in force. */
  public synchronized boolean pending() {
    return !rules.isEmpty();
  }

  /** How many requests the rules have claimed so far. */
  public synchronized long injectedCount() {
    return injected;
  }

  /**
   * Claims a request for the oldest rule it matches, using up one of the rule's occurrences.
   *
   * @param nodeId the raft node id of the node the request reached
   * @param path the path after {@code /v1/}
   * @param userAgent the request's {@code User-Agent}, null when it sent none
   * @return what to do with the request; empty to serve it normally
   */
  public synchronized Optional<BaoFaultAction> claim(String nodeId, String path, String userAgent) {
    for (Rule rule : rules) {
      if (rule.target.matches(nodeId, path, userAgent)) {
        if (rule.remaining > 0 && --rule.remaining == 0) {
          rules.remove(rule);
        }
        injected++;
        return Optional.of(rule.action);
      }
    }
    return Optional.empty();
  }
}
