package org.baoflow.workflows.cluster;

import static org.baoflow.workflows.cluster.ClusterWorkflowHarness.UID;
import static org.baoflow.workflows.cluster.ClusterWorkflowHarness.observed;
import static org.baoflow.workflows.cluster.ClusterWorkflowHarness.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.baoflow.api.v1alpha1.BackupSpec;
import org.baoflow.api.v1alpha1.BackupTarget;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;
import org.baoflow.workflows.cluster.TestChildren.Behaviour;

/**
 * The cluster workflow histories the replay tests guard (decision 0008): each long wait the
 * workflow sits in. {@code -Dhistories.update=true} re-records them into {@code
 * src/test/resources/histories/}; do that only for a new history, never to make an incompatible
 * change pass.
 */
final class ClusterWorkflowHistories {
  static final String CLUSTER_ID = ClusterWorkflowHarness.REF.ids().cluster();
  static final Path DIRECTORY = Path.of("src/test/resources/histories");

  /** History name to the scenario that records it, as JSON. */
  static final Map<String, Function<ClusterWorkflowHarness, String>> SCENARIOS = scenarios();

  private ClusterWorkflowHistories() {}

  static boolean updateRequested() {
    return Boolean.getBoolean("histories.update");
  }

  /** Records {@code name} in a fresh test environment. */
  static String record(String name) {
    try (ClusterWorkflowHarness harness = new ClusterWorkflowHarness()) {
      return SCENARIOS.get(name).apply(harness);
    }
  }

  static void write(String name, String json) {
    try {
      Files.createDirectories(DIRECTORY);
      Files.writeString(DIRECTORY.resolve(name + ".json"), json, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Function<ClusterWorkflowHarness, String>> scenarios() {
    Map<String, Function<ClusterWorkflowHarness, String>> scenarios = new LinkedHashMap<>();
    scenarios.put("cluster-idle-after-bootstrap", ClusterWorkflowHistories::idleAfterBootstrap);
    scenarios.put("cluster-mid-bootstrap", ClusterWorkflowHistories::midBootstrap);
    scenarios.put("cluster-after-continue-as-new", ClusterWorkflowHistories::afterContinueAsNew);
    scenarios.put("cluster-with-backups", ClusterWorkflowHistories::withBackups);
    return Map.copyOf(scenarios);
  }

  private static String idleAfterBootstrap(ClusterWorkflowHarness harness) {
    harness.start(0, observed(1, spec(3)));
    harness.awaitIdle();
    return harness.history().toJson(true);
  }

  private static String midBootstrap(ClusterWorkflowHarness harness) {
    TestChildren.behave("Bootstrap", Behaviour.BLOCK);
    harness.start(0, observed(1, spec(3)));
    harness.awaitChildren(1);
    harness.awaitState(
        "the bootstrap child running", state -> state.waitingFor().startsWith("Running Bootstrap"));
    return harness.history().toJson(true);
  }

  /**
   * The run that continue-as-new started after bootstrap and a drift converge, through a converge
   * of generation 2 up to its own continue-as-new.
   */
  private static String afterContinueAsNew(ClusterWorkflowHarness harness) {
    harness.start(40, observed(1, spec(3)));
    harness.awaitIdle();
    String firstRun = runId(harness);
    harness.workflow().driftObserved(new DriftObserved(UID, "StatefulSet", "dev", "edited"));
    harness.awaitState(
        "a run after continue-as-new",
        state -> state.operation() == null && !runId(harness).equals(firstRun));
    String secondRun = runId(harness);
    harness.workflow().specObserved(observed(2, spec(5)));
    harness.awaitState(
        "generation 2 applied",
        state -> state.appliedGeneration() == 2 && state.operation() == null);
    harness.awaitState("the next run", state -> !runId(harness).equals(secondRun));
    return harness.client.fetchHistory(CLUSTER_ID, secondRun).toJson(true);
  }

  /**
   * Bootstrap with a daily backup schedule, two scheduled backups, a backupNow request and an
   * annotation request, idle with the next fire's timer armed.
   */
  private static String withBackups(ClusterWorkflowHarness harness) {
    OpenBaoClusterSpec spec = spec(3);
    BackupTarget target = new BackupTarget();
    target.setEndpoint("http://rustfs.rustfs.svc:9000");
    target.setBucket("backups");
    BackupSpec backup = new BackupSpec();
    backup.setSchedule("0 3 * * *");
    backup.setTarget(target);
    spec.setBackup(backup);
    harness.start(0, observed(1, spec));
    harness.awaitIdle();
    harness.env.sleep(Duration.ofDays(2));
    harness.awaitChildren(3);
    harness.awaitIdle();
    harness.workflow().backupNow("r1");
    harness.awaitChildren(4);
    harness.awaitIdle();
    harness
        .workflow()
        .specObserved(
            new SpecObserved(UID, 1, spec, Map.of(ClusterBackups.TRIGGER_ANNOTATION, "a1")));
    harness.awaitChildren(5);
    harness.awaitIdle();
    return harness.history().toJson(true);
  }

  private static String runId(ClusterWorkflowHarness harness) {
    return harness.describe(CLUSTER_ID).getExecution().getRunId();
  }
}
