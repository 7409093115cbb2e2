package org.baoflow.workflows.cluster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The work the cluster workflow holds, one entry per slot, as the Temporal UI and the state query
 * list it.
 *
 * @param initialized whether the next operation is a Converge rather than a Bootstrap
 * @param toValidate the generation waiting for validation, or 0
 * @param due the validated generation waiting for its operation, or 0
 * @param drift the owned objects whose drift waits for repair
 * @param renewalDue whether the certificate renewal is due
 * @param deletion whether a delete waits
 * @param backupFireMillis the scheduled backup fire waiting, or 0
 * @param backupRequests manual backup request ids waiting
 */
record Backlog(
    boolean initialized,
    long toValidate,
    long due,
    Collection<String> drift,
    boolean renewalDue,
    boolean deletion,
    long backupFireMillis,
    List<String> backupRequests) {

  /** Such as {@code Converge generation 3} or {@code Converge for drift of StatefulSet/dev}. */
  List<String> describe() {
    List<String> pending = new ArrayList<>();
    String next = initialized ? "Converge" : "Bootstrap";
    if (toValidate > 0) {
      pending.add(next + " generation " + toValidate + " (to validate)");
    } else if (due > 0) {
      pending.add(next + " generation " + due);
    }
    if (!drift.isEmpty()) {
      pending.add(next + " for drift of " + String.join(", ", drift));
    }
    if (renewalDue) {
      pending.add("Converge for certificate renewal");
    }
    for (String request : backupRequests) {
      pending.add("Backup for request " + request);
    }
    if (backupFireMillis > 0) {
      pending.add("Backup for the scheduled fire at " + Instant.ofEpochMilli(backupFireMillis));
    }
    if (deletion) {
      pending.add("Delete");
    }
    return pending;
  }
}
