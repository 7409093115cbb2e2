package org.baoflow.worker;

import java.util.Objects;

/**
 * Whether the worker can do work now, and if not, why: what {@code /readyz} answers.
 *
 * @param ready whether it is connected to Temporal and polling
 * @param reason a short explanation for people reading the probe's output
 */
public record Readiness(boolean ready, String reason) {
  public Readiness {
    Objects.requireNonNull(reason, "reason");
  }

  /** Ready, with what it polls. */
  public static Readiness ready(String reason) {
    return new Readiness(true, reason);
  }

  /** Not ready, with why. */
  public static Readiness notReady(String reason) {
    return new Readiness(false, reason);
  }
}
