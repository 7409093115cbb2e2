package org.baoflow.worker.cli;

import io.temporal.failure.ChildWorkflowFailure;
import io.temporal.workflow.ChildWorkflowOptions;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import org.baoflow.workflows.backup.BackupInput;
import org.baoflow.workflows.backup.BackupObjectKeys;
import org.baoflow.workflows.backup.BackupReason;
import org.baoflow.workflows.backup.BackupWorkflow;
import org.baoflow.workflows.cluster.BackupRequestCheck;
import org.baoflow.workflows.cluster.ClusterOutcome;
import org.baoflow.workflows.cluster.ClusterState;
import org.baoflow.workflows.cluster.ClusterWorkflow;
import org.baoflow.workflows.cluster.ClusterWorkflowInput;
import org.baoflow.workflows.cluster.DeletionObserved;
import org.baoflow.workflows.cluster.DriftObserved;
import org.baoflow.workflows.cluster.SpecObserved;
import org.baoflow.workflows.model.ClusterRef;
import org.baoflow.workflows.model.ClusterSnapshot;

/**
 * A cluster workflow that waits until deletion and answers its query with a fixed state. Its
 * backupNow keeps the real contract: the validator refuses what {@code ClusterWorkflowImpl}'s
 * refuses, with the same messages, and each request id runs one {@link BackupWorkflow} child, one
 * at a time, with the real workflow ID.
 */
public class FixedStateClusterWorkflow implements ClusterWorkflow {
  static final ClusterState STATE =
      new ClusterState(
          "local/openbao/dev",
          "Initializing",
          "Bootstrap",
          "obao_local_openbao_dev_bootstrap",
          "pod dev-0 to answer on its API; check the pod's events if it does not start",
          List.of("Converge generation 4"),
          4,
          3,
          false,
          false,
          List.of("spec.replicas must be odd"));

  private final Set<String> requested = new HashSet<>();
  private final Queue<String> waiting = new ArrayDeque<>();
  private final ClusterRef ref;
  private SpecObserved latest;
  private boolean deleted;

  /** Knows its cluster before the first signal or update is handled, as the real one does. */
  @WorkflowInit
  public FixedStateClusterWorkflow(ClusterWorkflowInput input) {
    ref = input.ref();
  }

  @Override
  public ClusterOutcome run(ClusterWorkflowInput input) {
    while (true) {
      Workflow.await(() -> deleted || !waiting.isEmpty());
      if (deleted) {
        return null;
      }
      backUp(waiting.remove());
    }
  }

  private void backUp(String requestId) {
    String prefix =
        BackupObjectKeys.clusterPrefix(latest.spec().getBackup().getTarget().getPathPrefix(), ref);
    BackupObjectKeys keys =
        BackupObjectKeys.of(
            prefix,
            Instant.ofEpochMilli(Workflow.currentTimeMillis()),
            BackupObjectKeys.suffix(BackupReason.MANUAL, requestId));
    BackupWorkflow backup =
        Workflow.newChildWorkflowStub(
            BackupWorkflow.class,
            ChildWorkflowOptions.newBuilder()
                .setWorkflowId(ref.ids().manualBackup(requestId))
                .build());
    try {
      backup.run(
          new BackupInput(
              new ClusterSnapshot(ref, latest.generation(), latest.spec()),
              keys.base(),
              Workflow.currentTimeMillis(),
              BackupReason.MANUAL,
              requestId));
    } catch (ChildWorkflowFailure e) {
      // As in the real workflow, a failed backup is reported, not the end of the cluster.
    }
  }

  @Override
  public void specObserved(SpecObserved event) {
    latest = event;
  }

  @Override
  public void deletionObserved(DeletionObserved event) {
    deleted = true;
  }

  @Override
  public void driftObserved(DriftObserved event) {}

  @Override
  public void validateBackupNow(String requestId) {
    BackupRequestCheck.check(ref, requestId, deleted, latest == null ? null : latest.spec());
  }

  @Override
  public String backupNow(String requestId) {
    if (requested.add(requestId)) {
      waiting.add(requestId);
    }
    return ref.ids().manualBackup(requestId);
  }

  @Override
  public ClusterState state() {
    return STATE;
  }
}
