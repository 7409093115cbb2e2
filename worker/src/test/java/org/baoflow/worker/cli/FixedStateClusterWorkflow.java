package org.baoflow.worker.cli;

import io.temporal.workflow.Workflow;
import java.util.List;
import org.baoflow.workflows.cluster.ClusterOutcome;
import org.baoflow.workflows.cluster.ClusterState;
import org.baoflow.workflows.cluster.ClusterWorkflow;
import org.baoflow.workflows.cluster.ClusterWorkflowInput;
import org.baoflow.workflows.cluster.DeletionObserved;
import org.baoflow.workflows.cluster.DriftObserved;
import org.baoflow.workflows.cluster.SpecObserved;

/** A cluster workflow that waits until deletion and answers its query with a fixed state. */
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

  private boolean deleted;

  @Override
  public ClusterOutcome run(ClusterWorkflowInput input) {
    Workflow.await(() -> deleted);
    return null;
  }

  @Override
  public void specObserved(SpecObserved event) {}

  @Override
  public void deletionObserved(DeletionObserved event) {
    deleted = true;
  }

  @Override
  public void driftObserved(DriftObserved event) {}

  @Override
  public void validateBackupNow(String requestId) {}

  @Override
  public String backupNow(String requestId) {
    return "obao_local_openbao_dev_backup_manual_" + requestId;
  }

  @Override
  public ClusterState state() {
    return STATE;
  }
}
