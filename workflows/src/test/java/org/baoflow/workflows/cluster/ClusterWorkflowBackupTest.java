package org.baoflow.workflows.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baoflow.workflows.cluster.ClusterWorkflowHarness.UID;
import static org.baoflow.workflows.cluster.ClusterWorkflowHarness.observed;
import static org.baoflow.workflows.cluster.ClusterWorkflowHarness.spec;

import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.common.converter.DefaultDataConverter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.baoflow.api.v1alpha1.BackupRetention;
import org.baoflow.api.v1alpha1.BackupSpec;
import org.baoflow.api.v1alpha1.BackupTarget;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;
import org.baoflow.api.v1alpha1.SecretRef;
import org.baoflow.workflows.activities.StatusActivities.BackupStatusUpdate;
import org.baoflow.workflows.activities.StatusActivities.BackupView;
import org.baoflow.workflows.activities.StatusActivities.Condition;
import org.baoflow.workflows.backup.BackupInput;
import org.baoflow.workflows.backup.BackupReason;
import org.baoflow.workflows.cluster.TestChildren.Behaviour;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scheduled and manual backups in the cluster workflow, with time skipping over days. */
class ClusterWorkflowBackupTest {
  private static final String CLUSTER_ID = "obao_local_openbao_dev";
  private static final String DAILY = "0 3 * * *";

  private ClusterWorkflowHarness harness;

  @BeforeEach
  void startEnvironment() {
    harness = new ClusterWorkflowHarness();
  }

  @AfterEach
  void closeEnvironment() {
    harness.close();
  }

  @Test
  void scheduledBackupsRunAtEachFireAcrossDaysWithTheirKeysAndStatus() {
    harness.start(0, observed(1, backupSpec(DAILY)));
    harness.awaitState(
        "idle with the next backup",
        s -> s.waitingFor().startsWith("Idle") && s.waitingFor().contains("next backup at"));
    assertThat(harness.state().waitingFor()).contains("next backup at 2026-01-01T03:00:00Z");
    awaitBackupView(
        v -> Long.valueOf(millis("2026-01-01T03:00:00Z")).equals(v.nextScheduledMillis()));

    harness.env.sleep(Duration.ofDays(3));
    harness.awaitChildren(4);
    awaitBackupView(
        v -> Long.valueOf(millis("2026-01-04T03:00:00Z")).equals(v.nextScheduledMillis()));

    assertThat(backupIds())
        .containsExactly(
            CLUSTER_ID + "_backup_20260101T030000Z",
            CLUSTER_ID + "_backup_20260102T030000Z",
            CLUSTER_ID + "_backup_20260103T030000Z");
    List<BackupInput> inputs = backupInputs();
    assertThat(inputs)
        .extracting(BackupInput::objectKeyBase)
        .containsExactly(
            "baoflow/local/openbao/dev/20260101T030000Z-scheduled",
            "baoflow/local/openbao/dev/20260102T030000Z-scheduled",
            "baoflow/local/openbao/dev/20260103T030000Z-scheduled");
    assertThat(inputs).allMatch(input -> input.reason() == BackupReason.SCHEDULED);
    // "now" is the workflow's time when it decided, at the fire (time-skipped, not the wall clock).
    assertThat(inputs.get(1).nowMillis())
        .isBetween(millis("2026-01-02T03:00:00Z"), millis("2026-01-02T03:01:00Z"));

    BackupView view = harness.status.lastBackup();
    assertThat(view.lastBackupKey())
        .isEqualTo("baoflow/local/openbao/dev/20260103T030000Z-scheduled.snap");
    assertThat(view.lastBackupSize()).isEqualTo(TestChildren.BACKUP_SIZE);
    assertThat(view.lastBackupSha256()).isEqualTo("ab".repeat(32));
    assertThat(view.workflowId()).isEqualTo(CLUSTER_ID + "_backup_20260103T030000Z");
    assertThat(view.consecutiveFailures()).isZero();
    assertThat(view.lastBackupMillis()).isGreaterThanOrEqualTo(millis("2026-01-03T03:00:00Z"));
    assertThat(backupHealthy().status()).isEqualTo("True");
    assertThat(harness.status.eventReasons())
        .containsSubsequence(
            "BackupStarted",
            "BackupSucceeded",
            "BackupStarted",
            "BackupSucceeded",
            "BackupStarted",
            "BackupSucceeded");
    // status.operation shows each backup while it runs, without moving observedGeneration.
    assertThat(harness.status.updates)
        .filteredOn(u -> u.operation() != null && u.operation().kind().equals("Backup"))
        .hasSize(3)
        .allMatch(u -> u.observedGeneration() == null);
    assertThat(timerSummaries())
        .contains(
            "next backup at 2026-01-01T03:00:00Z",
            "next backup at 2026-01-02T03:00:00Z",
            "next backup at 2026-01-04T03:00:00Z");
    assertThat(harness.describe(CLUSTER_ID + "_backup_20260102T030000Z").getStaticSummary())
        .startsWith("Backup openbao/dev: scheduled");
  }

  @Test
  void firesDuringAnotherOperationFoldIntoOneBackupRightAfterIt() {
    harness.start(0, observed(1, backupSpec(DAILY)));
    harness.awaitIdle();
    TestChildren.behave("Converge", Behaviour.BLOCK);
    harness.workflow().specObserved(observed(2, backupSpec(DAILY, 5)));
    harness.awaitState("converge running", s -> "Converge".equals(s.operation()));
    harness.awaitChildren(2);

    harness.env.sleep(Duration.ofDays(3));
    ClusterState waiting =
        harness.awaitState(
            "the fire due behind the converge",
            s -> s.pending().contains("Backup for the scheduled fire at 2026-01-03T03:00:00Z"));
    assertThat(waiting.operation()).isEqualTo("Converge");
    assertThat(backupIds()).isEmpty();

    harness.release(CLUSTER_ID + "_converge_2_1");
    harness.awaitChildren(3);
    harness.awaitIdle();

    assertThat(backupIds()).containsExactly(CLUSTER_ID + "_backup_20260103T030000Z");
    assertThat(harness.status.eventReasons())
        .containsSubsequence("ConvergeSucceeded", "BackupStarted");
  }

  @Test
  void aChangedScheduleTakesEffectAtOnceAndARemovedOneStopsBackups() {
    harness.start(0, observed(1, backupSpec(DAILY)));
    harness.awaitIdle();

    harness.workflow().specObserved(observed(2, backupSpec("30 * * * *")));
    awaitBackupView(
        v -> Long.valueOf(millis("2026-01-01T00:30:00Z")).equals(v.nextScheduledMillis()));

    OpenBaoClusterSpec manualOnly = backupSpec(DAILY);
    manualOnly.getBackup().setSchedule(null);
    harness.workflow().specObserved(observed(3, manualOnly));
    awaitBackupView(v -> v.nextScheduledMillis() == null);
    harness.env.sleep(Duration.ofDays(2));
    harness.awaitIdle();

    assertThat(backupIds()).isEmpty();
    assertThat(harness.state().waitingFor()).doesNotContain("next backup");
  }

  @Test
  void pausedHoldsBackupsBackAndResumingRunsOneCatchUp() {
    harness.start(0, observed(1, backupSpec(DAILY)));
    harness.awaitIdle();
    OpenBaoClusterSpec paused = backupSpec(DAILY);
    paused.setPaused(true);
    harness.workflow().specObserved(observed(2, paused));
    harness.awaitState("paused", s -> s.paused());

    harness.env.sleep(Duration.ofDays(2));
    ClusterState held =
        harness.awaitState(
            "the held fire",
            s -> s.pending().contains("Backup for the scheduled fire at 2026-01-02T03:00:00Z"));
    assertThat(held.waitingFor()).startsWith("Paused");
    assertThat(backupIds()).isEmpty();

    harness.workflow().specObserved(observed(3, backupSpec(DAILY)));
    harness.awaitChildren(3);
    harness.awaitIdle();

    assertThat(backupIds()).containsExactly(CLUSTER_ID + "_backup_20260102T030000Z");
  }

  @Test
  void theTriggerAnnotationBacksUpOncePerRequestIdAlsoBehindAnotherOperation() {
    harness.start(0, observed(1, backupSpec(null)));
    harness.awaitIdle();
    TestChildren.behave("Converge", Behaviour.BLOCK);
    harness.workflow().specObserved(observed(2, backupSpec(null, 5)));
    harness.awaitState("converge running", s -> "Converge".equals(s.operation()));
    harness.awaitChildren(2);

    harness.workflow().specObserved(annotated(2, backupSpec(null, 5), "nightly-1"));
    harness.workflow().specObserved(annotated(2, backupSpec(null, 5), "nightly-1"));
    harness.awaitState("request queued", s -> s.pending().contains("Backup for request nightly-1"));
    TestChildren.behave("Converge", Behaviour.SUCCEED);
    harness.release(CLUSTER_ID + "_converge_2_1");
    harness.awaitChildren(3);
    harness.awaitIdle();
    // The annotation stays on the resource: later generations carry it again.
    harness.workflow().specObserved(annotated(3, backupSpec(null, 3), "nightly-1"));
    harness.awaitChildren(4);
    harness.awaitIdle();

    assertThat(backupIds()).containsExactly(CLUSTER_ID + "_backup_manual_nightly-1");
    BackupInput input = backupInputs().get(0);
    assertThat(input.reason()).isEqualTo(BackupReason.MANUAL);
    assertThat(input.requestId()).isEqualTo("nightly-1");
    assertThat(input.objectKeyBase()).endsWith("-manual-nightly-1").startsWith("baoflow/local/");
    assertThat(harness.status.lastBackup().lastHandledTrigger()).isEqualTo("nightly-1");
  }

  @Test
  void backupNowReturnsTheWorkflowIdAndRunsOncePerRequestId() {
    harness.start(0, observed(1, backupSpec(null)));
    harness.awaitIdle();

    assertThat(harness.workflow().backupNow("r1")).isEqualTo(CLUSTER_ID + "_backup_manual_r1");
    harness.awaitChildren(2);
    harness.awaitIdle();
    assertThat(harness.workflow().backupNow("r1")).isEqualTo(CLUSTER_ID + "_backup_manual_r1");
    harness.awaitIdle();

    assertThat(backupIds()).containsExactly(CLUSTER_ID + "_backup_manual_r1");
    assertThatThrownBy(() -> harness.workflow().backupNow("not valid!"))
        .isInstanceOf(WorkflowUpdateException.class)
        .rootCause()
        .hasMessageContaining("the request id must be 1 to 63 letters");
  }

  @Test
  void backupNowIsRefusedWithoutABackupTarget() {
    harness.start(0, observed(1, spec(3)));
    harness.awaitIdle();

    assertThatThrownBy(() -> harness.workflow().backupNow("r1"))
        .isInstanceOf(WorkflowUpdateException.class)
        .rootCause()
        .hasMessageContaining("set spec.backup.target");
    assertThat(backupIds()).isEmpty();
  }

  @Test
  void aFailedBackupMakesBackupHealthyFalseUntilTheNextGoodOne() {
    harness.start(0, observed(1, backupSpec(null)));
    harness.awaitIdle();
    TestChildren.behave("Backup", Behaviour.FAIL);

    harness.workflow().backupNow("r1");
    awaitBackupView(v -> v.consecutiveFailures() == 1);

    BackupView failed = harness.status.lastBackup();
    assertThat(failed.lastFailureReason())
        .contains(CLUSTER_ID + "_backup_manual_r1")
        .contains(TestChildren.FAILURE_MESSAGE);
    assertThat(failed.lastBackupKey()).isNull();
    assertThat(backupHealthy().status()).isEqualTo("False");
    assertThat(backupHealthy().reason()).isEqualTo("BackupFailed");
    harness.await(
        "the BackupFailed event", () -> harness.status.eventReasons().contains("BackupFailed"));
    assertThat(harness.status.events)
        .anySatisfy(
            e -> {
              assertThat(e.reason()).isEqualTo("BackupFailed");
              assertThat(e.warning()).isTrue();
            });
    harness.awaitIdle();

    TestChildren.behave("Backup", Behaviour.SUCCEED);
    harness.workflow().backupNow("r2");
    awaitBackupView(v -> v.consecutiveFailures() == 0 && v.lastBackupKey() != null);
    assertThat(harness.status.lastBackup().lastFailureReason()).isNull();
    assertThat(backupHealthy().status()).isEqualTo("True");
  }

  /**
   * Continue-as-new (here after the bootstrap and the first backup) carries the schedule and the
   * handled request ids. (An {@code env.sleep} past a continue-as-new hung once in the test server,
   * so this test does not sleep past one.)
   */
  @Test
  void continueAsNewCarriesTheScheduleAndTheHandledRequests() {
    // Continue-as-new is due from 60 events on; only once idle, after the bootstrap and the backup.
    harness.start(60, annotated(1, backupSpec(DAILY), "once"));
    String firstRun = harness.describe(CLUSTER_ID).getExecution().getRunId();
    harness.awaitChildren(2);
    harness.awaitState(
        "a later run",
        s ->
            s.operation() == null
                && !harness.describe(CLUSTER_ID).getExecution().getRunId().equals(firstRun));

    harness.workflow().specObserved(annotated(2, backupSpec(DAILY, 5), "once"));
    harness.awaitChildren(3);
    assertThat(harness.workflow().backupNow("once")).isEqualTo(CLUSTER_ID + "_backup_manual_once");
    ClusterState idle = harness.awaitIdle();

    assertThat(backupIds()).containsExactly(CLUSTER_ID + "_backup_manual_once");
    assertThat(idle.waitingFor()).contains("next backup at 2026-01-01T03:00:00Z");
    assertThat(harness.status.lastBackup().lastHandledTrigger()).isEqualTo("once");
  }

  private static OpenBaoClusterSpec backupSpec(String schedule) {
    return backupSpec(schedule, 3);
  }

  private static OpenBaoClusterSpec backupSpec(String schedule, int replicas) {
    OpenBaoClusterSpec spec = spec(replicas);
    BackupTarget target = new BackupTarget();
    target.setEndpoint("http://rustfs.rustfs.svc:9000");
    target.setBucket("backups");
    target.setPathPrefix("baoflow");
    SecretRef credentials = new SecretRef();
    credentials.setName("s3-credentials");
    target.setCredentialsSecretRef(credentials);
    BackupRetention retention = new BackupRetention();
    retention.setMaxCount(7);
    BackupSpec backup = new BackupSpec();
    backup.setSchedule(schedule);
    backup.setTarget(target);
    backup.setRetention(retention);
    spec.setBackup(backup);
    return spec;
  }

  private static SpecObserved annotated(long generation, OpenBaoClusterSpec spec, String id) {
    return new SpecObserved(UID, generation, spec, Map.of(ClusterBackups.TRIGGER_ANNOTATION, id));
  }

  private static long millis(String instant) {
    return Instant.parse(instant).toEpochMilli();
  }

  private static List<String> backupIds() {
    return TestChildren.started().stream()
        .filter(started -> started.type().equals("Backup"))
        .map(TestChildren.Started::workflowId)
        .toList();
  }

  private static List<BackupInput> backupInputs() {
    return TestChildren.started().stream()
        .filter(started -> started.type().equals("Backup"))
        .map(started -> (BackupInput) started.input())
        .toList();
  }

  private void awaitBackupView(Predicate<BackupView> condition) {
    harness.await(
        "status.backup matching, last " + harness.status.lastBackup(),
        () -> harness.status.lastBackup() != null && condition.test(harness.status.lastBackup()));
  }

  private Condition backupHealthy() {
    return harness.status.backupUpdates.stream()
        .map(BackupStatusUpdate::conditions)
        .flatMap(List::stream)
        .filter(c -> c.type().equals("BackupHealthy"))
        .reduce((first, second) -> second)
        .orElseThrow(() -> new AssertionError("no BackupHealthy condition written"));
  }

  private List<String> timerSummaries() {
    return harness.history().getEvents().stream()
        .filter(HistoryEvent::hasTimerStartedEventAttributes)
        .map(
            e ->
                DefaultDataConverter.STANDARD_INSTANCE.fromPayload(
                    e.getUserMetadata().getSummary(), String.class, String.class))
        .toList();
  }
}
