package org.baoflow.lane;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.baoflow.api.v1alpha1.OpenBaoClusterStatus;
import org.baoflow.api.v1alpha1.OperationStatus;
import org.baoflow.api.v1alpha1.StatusCondition;

/**
 * One line of the lane demo's progress: what a user would read with {@code kubectl get -w}, plus
 * the operation's workflow ID and step. Two statuses that print alike are the same progress, so the
 * demo prints a line only when it changes.
 */
final class ProgressLine {
  private ProgressLine() {}

  /** The line for {@code status}, without the elapsed time. */
  static String of(OpenBaoClusterStatus status) {
    if (status == null) {
      return "phase -          waiting for the cluster workflow";
    }
    StringBuilder line =
        new StringBuilder(String.format(Locale.ROOT, "phase %-12s", orDash(status.getPhase())));
    line.append(" ready ")
        .append(status.getReadyReplicas() == null ? 0 : status.getReadyReplicas());
    if (status.getActiveLeader() != null) {
      line.append(", leader ").append(status.getActiveLeader());
    }
    OperationStatus operation = status.getOperation();
    if (operation != null) {
      line.append(" | ").append(operation.getKind()).append(' ').append(operation.getWorkflowId());
      if (operation.getMessage() != null) {
        line.append(": ").append(operation.getMessage());
      }
    }
    invalid(status).ifPresent(message -> line.append(" | invalid: ").append(message));
    return line.toString();
  }

  /** {@code [ 1.2s] <line>}. */
  static String timed(Duration elapsed, String line) {
    return String.format(Locale.ROOT, "[%5.1fs] %s", elapsed.toMillis() / 1000.0, line);
  }

  private static Optional<String> invalid(OpenBaoClusterStatus status) {
    if (status.getConditions() == null) {
      return Optional.empty();
    }
    return status.getConditions().stream()
        .filter(c -> "Valid".equals(c.getType()) && "False".equals(c.getStatus()))
        .map(StatusCondition::getMessage)
        .findFirst();
  }

  private static String orDash(String value) {
    return value == null ? "-" : value;
  }
}
