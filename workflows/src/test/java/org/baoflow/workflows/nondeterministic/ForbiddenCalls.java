package org.baoflow.workflows.nondeterministic;

import java.io.File;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.Executors;

/** Breaks each determinism rule once, so {@code WorkflowDeterminismArchTest} proves it fails. */
final class ForbiddenCalls {
  private ForbiddenCalls() {}

  static Object all() {
    return List.of(
        new File("x").exists(),
        Instant.now(),
        new Random().nextInt(),
        Executors.newSingleThreadExecutor());
  }

  private static final class List {
    private List() {}

    static Object of(Object... values) {
      return values;
    }
  }
}
