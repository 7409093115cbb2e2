package org.baoflow.watcher.temporal;

import java.util.List;

/**
 * Settings a process cannot start with. The message lists every problem, each naming the variable
 * (or option) and how to fix it, so one attempt shows everything that is wrong.
 */
public final class ConfigurationException extends IllegalArgumentException {
  private final List<String> problems;

  /** A failure listing {@code problems}, which must not be empty. */
  public ConfigurationException(List<String> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem on its own, in the order found. */
  public List<String> problems() {
    return problems;
  }

  private static String message(List<String> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a configuration failure needs at least one problem");
    }
    return "invalid configuration:\n  - " + String.join("\n  - ", problems);
  }
}
