package org.baoflow.workflows.cluster;

import java.util.List;
import org.baoflow.workflows.activities.StatusActivities.BackupView;

/**
 * The backup slot as continue-as-new carries it (part of {@link ClusterMemory}).
 *
 * @param schedule the backup schedule the timer follows; {@code null} for none
 * @param handledMillis the last scheduled fire handled, or when the schedule was set
 * @param dueMillis the scheduled fire waiting for its backup, or 0
 * @param requests manual backup request ids waiting, oldest first
 * @param handledRequests the latest manual request ids handled, oldest first
 * @param view what {@code status.backup} says
 */
public record BackupMemory(
    String schedule,
    long handledMillis,
    long dueMillis,
    List<String> requests,
    List<String> handledRequests,
    BackupView view) {

  /** Nothing scheduled, requested or known. */
  public static final BackupMemory NONE =
      new BackupMemory(null, 0, 0, List.of(), List.of(), BackupView.NONE);

  public BackupMemory {
    requests = requests == null ? List.of() : List.copyOf(requests);
    handledRequests = handledRequests == null ? List.of() : List.copyOf(handledRequests);
    view = view == null ? BackupView.NONE : view;
  }
}
