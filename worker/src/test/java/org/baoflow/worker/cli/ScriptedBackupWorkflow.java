package org.baoflow.worker.cli;

import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import org.baoflow.workflows.backup.BackupInput;
import org.baoflow.workflows.backup.BackupResult;
import org.baoflow.workflows.backup.BackupWorkflow;

/**
 * A backup workflow whose outcome the request id chooses: {@code fail-*} fails as a backup whose
 * leader does not answer, {@code slow-*} runs for an hour, any other id stores a backup at once.
 */
public class ScriptedBackupWorkflow implements BackupWorkflow {
  static final long SIZE = 4096;
  static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  @Override
  public BackupResult run(BackupInput input) {
    if (input.requestId().startsWith("fail-")) {
      throw ApplicationFailure.newNonRetryableFailure(
          "no pod of " + input.cluster().ref().displayName() + " answered as raft leader",
          "NoLeader");
    }
    if (input.requestId().startsWith("slow-")) {
      Workflow.sleep(Duration.ofHours(1));
    }
    long now = Workflow.currentTimeMillis();
    return new BackupResult(input.keys().snapshot(), SIZE, SHA256, now, now, 0, null);
  }
}
