package org.baoflow.workflows.cluster;

import java.time.Instant;
import java.util.List;

/**
 * Where the cluster workflow stands, told as what it waits for and how a user unblocks it: its
 * current details in the Temporal UI and the {@code waitingFor} of its state query.
 *
 * @param runningOperation the operation running, or null
 * @param runningWorkflowId its workflow ID, or null
 * @param specSeen whether the watcher sent a spec yet
 * @param violations why the newest spec is invalid, empty when valid
 * @param paused whether {@code spec.paused} holds operations back
 * @param deleting whether the resource is being deleted
 * @param lastFailure the last operation's failure, or null
 * @param pending the backlog, see {@link Backlog#describe()}
 * @param certificateRenewAtMillis when the certificate renewal is due, or 0
 * @param nextBackupMillis the next scheduled backup, or 0
 */
record Situation(
    String runningOperation,
    String runningWorkflowId,
    boolean specSeen,
    List<String> violations,
    boolean paused,
    boolean deleting,
    String lastFailure,
    List<String> pending,
    long certificateRenewAtMillis,
    long nextBackupMillis) {

  String describe() {
    String pendingWork = pending.isEmpty() ? "" : "; pending: " + String.join(", ", pending);
    if (runningOperation != null) {
      return "Running "
          + runningOperation
          + " "
          + runningWorkflowId
          + " (open it for its progress); deleting the OpenBaoCluster cancels it"
          + pendingWork;
    }
    if (!specSeen) {
      return "Waiting for the first spec of the OpenBaoCluster from the watcher";
    }
    if (!violations.isEmpty()) {
      return "Waiting for a valid spec: "
          + String.join("; ", violations)
          + " - fix the OpenBaoCluster";
    }
    if (paused) {
      return "Paused: set spec.paused=false on the OpenBaoCluster to resume" + pendingWork;
    }
    if (deleting && lastFailure != null) {
      return lastFailure + " - fix the cause; the next deletion event from the watcher retries it";
    }
    if (lastFailure != null) {
      return lastFailure
          + " - fix the cause, then change the OpenBaoCluster spec (a new generation) to retry";
    }
    if (!pendingWork.isEmpty()) {
      return "Starting the next operation" + pendingWork;
    }
    return "Idle: waiting for spec changes or drift"
        + (nextBackupMillis > 0 ? "; next backup at " + Instant.ofEpochMilli(nextBackupMillis) : "")
        + (certificateRenewAtMillis > 0
            ? "; certificate renewal at " + Instant.ofEpochMilli(certificateRenewAtMillis)
            : "");
  }
}
