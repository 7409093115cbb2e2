package org.baoflow.watcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.client.WorkflowOptions;
import org.baoflow.workflows.model.ClusterRef;
import org.baoflow.workflows.visibility.BaoFlowSearchAttributes;
import org.junit.jupiter.api.Test;

class ClusterWorkflowSenderTest {

  @Test
  void theClusterWorkflowStartsWithItsIdSearchAttributesAndSummary() {
    WorkflowOptions options =
        ClusterWorkflowSender.startOptions(
            new ClusterRef("local", "openbao", "dev", "uid-1"), "baoflow");

    assertThat(options.getWorkflowId()).isEqualTo("obao_local_openbao_dev");
    assertThat(options.getTaskQueue()).isEqualTo("baoflow");
    assertThat(options.getTypedSearchAttributes().get(BaoFlowSearchAttributes.CLUSTER))
        .isEqualTo("local/openbao/dev");
    assertThat(options.getTypedSearchAttributes().get(BaoFlowSearchAttributes.OPERATION))
        .isEqualTo("Cluster");
    assertThat(options.getStaticSummary()).isEqualTo("OpenBaoCluster openbao/dev on local");
  }
}
