package org.baoflow.worker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baoflow.workflows.cluster.ClusterState;
import org.junit.jupiter.api.Test;

class ClusterStatusTextTest {

  @Test
  void anIdleClusterShowsNoOperationAndNoPendingWork() {
    ClusterState idle =
        new ClusterState(
            "local/openbao/dev", "Running", null, null, null, List.of(), 2, 2, true, true, null);

    String text =
        ClusterStatusText.render(
            new ClusterStatus("obao_local_openbao_dev", "Running", Map.of(), Optional.of(idle)));

    assertThat(text)
        .contains("Cluster:      -")
        .contains("Operation:    none")
        .contains("Waiting for:  -")
        .contains("Pending:      -")
        .contains("Initialized:  yes")
        .contains("Paused:       yes")
        .contains("Violations:   none")
        .contains("Workflow IDs: obao_local_openbao_dev" + System.lineSeparator());
  }

  @Test
  void temporalStatusNamesReadAsWords() {
    assertThat(
            StatusCommand.statusName(
                WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_CONTINUED_AS_NEW))
        .isEqualTo("ContinuedAsNew");
    assertThat(StatusCommand.statusName(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING))
        .isEqualTo("Running");
  }
}
