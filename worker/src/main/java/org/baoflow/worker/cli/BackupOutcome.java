package org.baoflow.worker.cli;

import java.util.Objects;
import org.baoflow.workflows.backup.BackupResult;

/** How a backup workflow ended, or that waiting for it ran out of time. */
sealed interface BackupOutcome {

  /** The backup is stored and verified. */
  record Succeeded(BackupResult result) implements BackupOutcome {
    public Succeeded {
      Objects.requireNonNull(result, "result");
    }
  }

  /**
   * The backup workflow ended without a backup.
   *
   * @param status Temporal's status of it, such as {@code Failed} or {@code Terminated}
   * @param reason why, as its failure says
   */
  record Failed(String status, String reason) implements BackupOutcome {
    public Failed {
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * The wait ended first.
   *
   * @param started whether the backup workflow had started by then; if not, it is still queued
   */
  record TimedOut(boolean started) implements BackupOutcome {}
}
