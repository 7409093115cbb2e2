package org.baoflow.lane.sim.kube;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Makes the next N requests to one lane API server that match a verb and resource fail, for the
 * reliability tests. A failed request is logged like any other call but never reaches the store.
 * Rules are independent: a request uses up one failure of the oldest rule it matches. Thread-safe.
 */
public final class ApiFaults {

  private static final class Rule {
    final String verb;
    final String resource;
    final ApiFailure failure;
    int remaining;

    Rule(String verb, String resource, ApiFailure failure, int remaining) {
      this.verb = verb;
      this.resource = resource;
      this.failure = failure;
      this.remaining = remaining;
    }
  }

  private final List<Rule> rules = new ArrayList<>();
  private long injected;

  ApiFaults() {}

  /**
   * Makes the next {@code count} requests matching {@code verb} and {@code resource} fail.
   *
   * @param count how many requests fail, at least 1
   * @param verb an RBAC verb ({@code get}, {@code list}, {@code create}, {@code update}, {@code
   *     patch}, {@code delete}, ...) or {@code *}
   * @param resource a plural resource as RBAC writes it ({@code statefulsets}, {@code
   *     statefulsets/status}, {@code serviceaccounts/token}) or {@code *}
   * @param failure the error those requests receive
   */
  public synchronized void failNext(int count, String verb, String resource, ApiFailure failure) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, got " + count);
    }
    rules.add(
        new Rule(
            Objects.requireNonNull(verb, "verb"),
            Objects.requireNonNull(resource, "resource"),
            Objects.requireNonNull(failure, "failure"),
            count));
  }

  /** Drops all failures still pending. */
  public synchronized void clear() {
    rules.clear();
  }

  /** How many of the requested failures have not happened yet, over all rules. */
  public synchronized int remaining() {
    return rules.stream().mapToInt(rule -> rule.remaining).sum();
  }

  /** How many requests these faults have failed since the server started. */
  public synchronized long injectedCount() {
    return injected;
  }

  /** Uses up one failure of the oldest rule the call matches, if any. */
  synchronized Optional<ApiFailure> claim(ApiCall call) {
    for (Rule rule : rules) {
      if (call.matches(rule.verb, rule.resource)) {
        rule.remaining--;
        if (rule.remaining == 0) {
          rules.remove(rule);
        }
        injected++;
        return Optional.of(rule.failure);
      }
    }
    return Optional.empty();
  }
}
