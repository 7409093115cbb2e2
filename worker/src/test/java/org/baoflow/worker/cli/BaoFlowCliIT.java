package org.baoflow.worker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.SearchAttributes;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.baoflow.watcher.temporal.TemporalConnection;
import org.baoflow.worker.PortBoundTemporal;
import org.baoflow.worker.WorkerComponents;
import org.baoflow.worker.WorkerConfig;
import org.baoflow.worker.WorkerProcess;
import org.baoflow.workflows.cluster.ClusterWorkflow;
import org.baoflow.workflows.cluster.ClusterWorkflowInput;
import org.baoflow.workflows.cluster.DeletionObserved;
import org.baoflow.workflows.model.ClusterRef;
import org.baoflow.workflows.visibility.BaoFlowSearchAttributes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BaoFlowCliIT {
  private static final String QUEUE = "baoflow";

  private PortBoundTemporal temporal;
  private WorkerProcess worker;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  void startTemporalAndClusters() {
    temporal = new PortBoundTemporal();
    worker =
        WorkerProcess.create(
            new WorkerConfig(
                TemporalConnection.plain(temporal.address(), "default"),
                QUEUE,
                0,
                Duration.ofSeconds(5)),
            new WorkerComponents(List.of(FixedStateClusterWorkflow.class), List.of()),
            new MetricRegistry());
    worker.start();
    ClusterWorkflow dev = cluster("dev", "Initializing");
    WorkflowClient.start(dev::run, ClusterWorkflowInput.start(ref("dev")));
    ClusterWorkflow gone = cluster("gone", "Deleting");
    WorkflowClient.start(gone::run, ClusterWorkflowInput.start(ref("gone")));
    gone.deletionObserved(new DeletionObserved("uid-gone", true));
    temporal.client().newUntypedWorkflowStub("obao_local_openbao_gone").getResult(Object.class);
  }

  @BeforeEach
  void clearOutput() {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
  }

  @AfterAll
  void stop() {
    worker.close();
    temporal.close();
  }

  private static ClusterRef ref(String name) {
    return new ClusterRef("local", "openbao", name, "uid-" + name);
  }

  private ClusterWorkflow cluster(String name, String phase) {
    return temporal
        .client()
        .newWorkflowStub(
            ClusterWorkflow.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue(QUEUE)
                .setWorkflowId(ref(name).ids().cluster())
                .setTypedSearchAttributes(
                    SearchAttributes.newBuilder()
                        .set(BaoFlowSearchAttributes.CLUSTER, ref(name).ids().searchAttribute())
                        .set(BaoFlowSearchAttributes.OPERATION, "Cluster")
                        .set(BaoFlowSearchAttributes.PHASE, phase)
                        .build())
                .build());
  }

  private int baoflow(Map<String, String> environment, String... args) {
    var commandLine = BaoFlowCli.commandLine(environment);
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  private int baoflow(String... args) {
    return baoflow(Map.of("TEMPORAL_ADDRESS", temporal.address()), args);
  }

  @Test
  void statusOfARunningClusterShowsItsState() {
    int exit = baoflow("status", "openbao/dev");

    assertThat(exit).isEqualTo(0);
    assertThat(out.toString())
        .isEqualTo(
            String.join(
                System.lineSeparator(),
                "Cluster:      local/openbao/dev",
                "Workflow:     obao_local_openbao_dev (Running)",
                "Phase:        Initializing",
                "Operation:    Bootstrap (obao_local_openbao_dev_bootstrap)",
                "Waiting for:  pod dev-0 to answer on its API; check the pod's events if it does"
                    + " not start",
                "Pending:      Converge generation 4",
                "Generation:   observed 4, applied 3",
                "Initialized:  no",
                "Paused:       no",
                "Violations:   spec.replicas must be odd",
                "Workflow IDs: obao_local_openbao_dev, obao_local_openbao_dev_bootstrap",
                "Search:       OpenBaoCluster = \"local/openbao/dev\"",
                ""));
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void statusOfAFinishedClusterShowsItsLastRecordedPhase() {
    int exit = baoflow("--temporal-address", temporal.address(), "status", "openbao/gone");

    assertThat(exit).isEqualTo(0);
    assertThat(out.toString())
        .contains("Workflow:     obao_local_openbao_gone (Completed)")
        .contains("Phase:        Deleting (last recorded; the workflow is not running)");
  }

  @Test
  void aClusterWithoutWorkflowExitsWithOne() {
    int exit = baoflow("status", "openbao/missing");

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString())
        .contains("no workflow obao_local_openbao_missing in namespace default")
        .contains("Kubernetes cluster 'local'");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void theKubernetesClusterNameIsPartOfTheWorkflowId() {
    assertThat(baoflow("--cluster", "dr", "status", "openbao/dev")).isEqualTo(1);
    assertThat(err.toString()).contains("no workflow obao_dr_openbao_dev");

    int fromEnvironment =
        baoflow(
            Map.of("TEMPORAL_ADDRESS", temporal.address(), "BAOFLOW_CLUSTER_NAME", "local"),
            "status",
            "openbao/dev");
    assertThat(fromEnvironment).isEqualTo(0);
  }

  @Test
  void aNameWithoutNamespaceIsRejected() {
    assertThat(baoflow("status", "dev")).isEqualTo(2);
    assertThat(err.toString()).contains("name the cluster as <namespace>/<name>");
  }
}
