package org.baoflow.worker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.SearchAttributes;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoflow.api.v1alpha1.BackupSpec;
import org.baoflow.api.v1alpha1.BackupTarget;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;
import org.baoflow.watcher.temporal.TemporalConnection;
import org.baoflow.worker.PortBoundTemporal;
import org.baoflow.worker.WorkerComponents;
import org.baoflow.worker.WorkerConfig;
import org.baoflow.worker.WorkerProcess;
import org.baoflow.workflows.cluster.ClusterWorkflow;
import org.baoflow.workflows.cluster.ClusterWorkflowInput;
import org.baoflow.workflows.cluster.DeletionObserved;
import org.baoflow.workflows.cluster.SpecObserved;
import org.baoflow.workflows.ids.ClusterWorkflowIds;
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
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

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
            new WorkerComponents(
                List.of(FixedStateClusterWorkflow.class, ScriptedBackupWorkflow.class), List.of()),
            new MetricRegistry());
    worker.start();
    ClusterWorkflow dev = cluster("dev", "Initializing");
    WorkflowClient.start(dev::run, ClusterWorkflowInput.start(ref("dev")));
    dev.specObserved(new SpecObserved("uid-dev", 4, withBackupTarget(), Map.of()));
    ClusterWorkflow busy = cluster("busy", "Running");
    WorkflowClient.start(busy::run, ClusterWorkflowInput.start(ref("busy")));
    busy.specObserved(new SpecObserved("uid-busy", 1, withBackupTarget(), Map.of()));
    ClusterWorkflow bare = cluster("bare", "Running");
    WorkflowClient.start(bare::run, ClusterWorkflowInput.start(ref("bare")));
    bare.specObserved(new SpecObserved("uid-bare", 1, new OpenBaoClusterSpec(), Map.of()));
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

  private static OpenBaoClusterSpec withBackupTarget() {
    BackupTarget target = new BackupTarget();
    target.setEndpoint("https://s3.example.com");
    target.setBucket("backups");
    target.setPathPrefix("openbao");
    BackupSpec backup = new BackupSpec();
    backup.setTarget(target);
    OpenBaoClusterSpec spec = new OpenBaoClusterSpec();
    spec.setBackup(backup);
    return spec;
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

  @Test
  void backupPrintsTheBackupWorkflowIdAndHowToFollowIt() {
    int exit = baoflow("backup", "openbao/dev", "--request-id", "before-upgrade.1");

    assertThat(exit).isEqualTo(0);
    assertThat(out.toString())
        .isEqualTo(
            String.join(
                System.lineSeparator(),
                "Request:      before-upgrade.1",
                "Workflow:     obao_local_openbao_dev_backup_manual_before-upgrade.1",
                "Follow:       baoflow status openbao/dev, or the workflow ID in the Temporal UI"
                    + " (search OpenBaoCluster = \"local/openbao/dev\")",
                ""));
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void withoutRequestIdTheCommandGeneratesAValidOne() {
    Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    int exit = baoflow("backup", "openbao/dev");

    assertThat(exit).isEqualTo(0);
    Matcher request = Pattern.compile("Request: +(\\S+)").matcher(out.toString());
    assertThat(request.find()).isTrue();
    String id = request.group(1);
    assertThat(id).matches("cli-[0-9]{8}T[0-9]{6}Z");
    assertThat(ClusterWorkflowIds.isRequestId(id)).isTrue();
    assertThat(Instant.from(STAMP.parse(id.substring("cli-".length())))).isAfterOrEqualTo(before);
    assertThat(out.toString()).contains("Workflow:     obao_local_openbao_dev_backup_manual_" + id);
  }

  @Test
  void waitPrintsTheStoredBackupAndAskingAgainWithTheSameIdBacksUpOnce() {
    int exit = baoflow("backup", "openbao/dev", "--request-id", "wait-1", "--wait");

    assertThat(exit).isEqualTo(0);
    assertThat(out.toString())
        .contains("Result:       Succeeded")
        .containsPattern(
            "Object: +openbao/local/openbao/dev/[0-9]{8}T[0-9]{6}Z-manual-wait-1\\.snap")
        .contains("Size:         4096 bytes")
        .contains("SHA-256:      " + ScriptedBackupWorkflow.SHA256);
    String first = out.toString();

    out.getBuffer().setLength(0);
    int again = baoflow("backup", "openbao/dev", "--request-id", "wait-1", "--wait");

    // A second child with the same ID would fail the double's workflow task and never answer.
    assertThat(again).isEqualTo(0);
    assertThat(out.toString()).isEqualTo(first);
  }

  @Test
  void waitExitsWithFourAndTheReasonWhenTheBackupFails() {
    int exit = baoflow("backup", "openbao/dev", "--request-id", "fail-1", "--wait");

    assertThat(exit).isEqualTo(4);
    assertThat(out.toString()).contains("obao_local_openbao_dev_backup_manual_fail-1");
    assertThat(err.toString())
        .isEqualTo(
            "backup failed: no pod of openbao/dev answered as raft leader"
                + System.lineSeparator());
  }

  @Test
  void waitExitsWithFiveWhenTheTimeoutPassesFirst() {
    int exit =
        baoflow("backup", "openbao/busy", "--request-id", "slow-1", "--wait", "--timeout", "3s");

    // Whether the child had started by then depends on the machine's load; the exit code does not.
    assertThat(exit).isEqualTo(5);
    assertThat(err.toString())
        .contains("after --timeout; follow it with baoflow status openbao/busy");
  }

  @Test
  void anInvalidRequestIdIsRefusedWithTheValidatorsMessage() {
    int exit = baoflow("backup", "openbao/dev", "--request-id", "not valid!");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "backup request refused: the request id must be 1 to 63 letters, digits, '.', '_' or"
                + " '-', starting with a letter or digit, got 'not valid!'"
                + System.lineSeparator());
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aClusterWithoutBackupTargetIsRefusedWithTheFix() {
    int exit = baoflow("backup", "openbao/bare");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .contains(
            "backup request refused: openbao/bare has no backup target: set"
                + " spec.backup.target");
  }

  @Test
  void backupOfAClusterWithoutWorkflowExitsWithOne() {
    assertThat(baoflow("backup", "openbao/missing")).isEqualTo(1);
    assertThat(err.toString()).contains("no workflow obao_local_openbao_missing in namespace");

    err.getBuffer().setLength(0);
    assertThat(baoflow("backup", "openbao/gone")).isEqualTo(1);
    assertThat(err.toString())
        .contains(
            "workflow obao_local_openbao_gone is Completed: BaoFlow no longer operates"
                + " OpenBaoCluster openbao/gone");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void backupRejectsAMalformedTimeout() {
    assertThat(baoflow("backup", "openbao/dev", "--wait", "--timeout", "soon")).isEqualTo(2);
    assertThat(err.toString()).contains("'soon' is not a duration such as 90s, 30m, 2h or PT1H30M");
  }
}
