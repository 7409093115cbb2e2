package org.baoflow.lane.sim.harness;

import java.util.List;

/** Closes several components in order, each even if an earlier one failed. */
final class Closing {
  private Closing() {}

  /**
   * Closes each component; the first failure is thrown at the end with the others suppressed.
   *
   * @param message what the thrown exception says
   */
  static void all(List<? extends AutoCloseable> components, String message) {
    IllegalStateException failure = null;
    for (AutoCloseable component : components) {
      try {
        component.close();
      } catch (Exception e) {
        if (failure == null) {
          failure = new IllegalStateException(message, e);
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
