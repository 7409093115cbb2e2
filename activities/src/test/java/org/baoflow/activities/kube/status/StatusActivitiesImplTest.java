package org.baoflow.activities.kube.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.baoflow.activities.kube.KubeSettings;
import org.baoflow.activities.lane.LaneClusterFixture;
import org.baoflow.api.v1alpha1.BackupStatus;
import org.baoflow.api.v1alpha1.OpenBaoCluster;
import org.baoflow.api.v1alpha1.OpenBaoClusterStatus;
import org.baoflow.api.v1alpha1.StatusCondition;
import org.baoflow.lane.sim.harness.Lane;
import org.baoflow.workflows.activities.FailureTypes;
import org.baoflow.workflows.activities.StatusActivities.BackupStatusUpdate;
import org.baoflow.workflows.activities.StatusActivities.BackupView;
import org.baoflow.workflows.activities.StatusActivities.ClusterEvent;
import org.baoflow.workflows.activities.StatusActivities.Condition;
import org.baoflow.workflows.activities.StatusActivities.OperationView;
import org.baoflow.workflows.activities.StatusActivities.StatusUpdate;
import org.baoflow.workflows.model.ClusterRef;
import org.baoflow.workflows.model.ClusterSnapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The status activities against the lane's API server: each test creates its own OpenBaoCluster
 * resource, and a clock the test moves stamps transitions and Events.
 */
class StatusActivitiesImplTest {
  private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");

  private static Lane lane;
  private static KubernetesClient kube;

  private final MovableClock clock = new MovableClock(T0);
  private final StatusActivitiesImpl activities =
      new StatusActivitiesImpl(
          kube, KubeSettings.of(LaneClusterFixture.PLATFORM, Duration.ofMillis(100)), clock);

  @BeforeAll
  static void startLane() {
    lane = Lane.builder().start();
    kube = lane.client();
  }

  @AfterAll
  static void stopLane() {
    if (lane != null) {
      lane.close();
    }
  }

  @Test
  void theFinalizerIsAddedAndRemovedOnceHoweverOftenAsked() {
    ClusterRef ref = create("fin");

    activities.addFinalizer(ref);
    activities.addFinalizer(ref);
    assertThat(read(ref).getMetadata().getFinalizers()).containsExactly(KubeSettings.FINALIZER);

    activities.removeFinalizer(ref);
    activities.removeFinalizer(ref);
    assertThat(read(ref).getMetadata().getFinalizers()).isEmpty();
  }

  @Test
  void removingTheFinalizerOfAClusterThatIsGoneIsDoneAndNeverTouchesItsSuccessor() {
    ClusterRef ref = create("gone");
    kube.resources(OpenBaoCluster.class).inNamespace(ref.namespace()).withName(ref.name()).delete();

    activities.removeFinalizer(ref);

    ClusterRef replaced = create("replaced");
    activities.addFinalizer(replaced);
    activities.removeFinalizer(otherUid(replaced));
    assertThat(read(replaced).getMetadata().getFinalizers())
        .containsExactly(KubeSettings.FINALIZER);
  }

  @Test
  void everyOtherCallOnAResourceWithAnotherUidFailsWithClusterGone() {
    ClusterRef other = otherUid(create("other"));

    assertClusterGone(() -> activities.addFinalizer(other));
    assertClusterGone(() -> activities.writeStatus(StatusUpdate.of(other)));
    assertClusterGone(
        () -> activities.recordEvent(new ClusterEvent(other, false, "Started", "hello")));
    ClusterRef missing = new ClusterRef("primary", other.namespace(), "missing", "u");
    assertClusterGone(() -> activities.addFinalizer(missing));
    assertThat(read(other).getMetadata().getFinalizers()).isEmpty();
    assertThat(read(other).getStatus()).isNull();
  }

  @Test
  void theBackupBlockIsReplacedWholeWithItsConditionAndTimesInRfc3339() {
    ClusterRef ref = create("backup");
    BackupView failed =
        new BackupView(
            "obao_primary_x_backup_manual_r1",
            null,
            null,
            null,
            null,
            null,
            T0.toEpochMilli(),
            T0.plusSeconds(3600).toEpochMilli(),
            1,
            "Backup r1 failed: Connection refused",
            "r1");
    Condition unhealthy =
        new Condition("BackupHealthy", "False", "BackupFailed", "1 consecutive backup(s)", 1);

    assertThat(
            activities.writeBackupStatus(new BackupStatusUpdate(ref, failed, List.of(unhealthy))))
        .isTrue();
    BackupView good =
        new BackupView(
            "obao_primary_x_backup_manual_r2",
            T0.plusSeconds(90).toEpochMilli(),
            "local/x/backup/20261123T010000Z-manual-r2.snap",
            4096L,
            "ab".repeat(32),
            90_500L,
            T0.toEpochMilli(),
            T0.plusSeconds(3600).toEpochMilli(),
            0,
            null,
            "r2");
    activities.writeBackupStatus(
        new BackupStatusUpdate(
            ref,
            good,
            List.of(new Condition("BackupHealthy", "True", "BackupSucceeded", "ok", 1))));
    assertThat(
            activities.writeBackupStatus(
                new BackupStatusUpdate(
                    ref,
                    good,
                    List.of(new Condition("BackupHealthy", "True", "BackupSucceeded", "ok", 1)))))
        .isFalse();

    OpenBaoClusterStatus status = read(ref).getStatus();
    BackupStatus backup = status.getBackup();
    assertThat(backup.getWorkflowId()).isEqualTo("obao_primary_x_backup_manual_r2");
    assertThat(backup.getLastBackupTime()).isEqualTo("2026-11-23T01:01:30Z");
    assertThat(backup.getLastBackupKey())
        .isEqualTo("local/x/backup/20261123T010000Z-manual-r2.snap");
    assertThat(backup.getLastBackupSize()).isEqualTo(4096L);
    assertThat(backup.getLastBackupSha256()).isEqualTo("ab".repeat(32));
    assertThat(backup.getLastBackupDuration()).isEqualTo("1m30.5s");
    assertThat(backup.getLastAttemptTime()).isEqualTo("2026-11-23T01:00:00Z");
    assertThat(backup.getNextScheduledBackup()).isEqualTo("2026-11-23T02:00:00Z");
    assertThat(backup.getConsecutiveFailures()).isZero();
    assertThat(backup.getLastFailureReason()).isNull();
    assertThat(backup.getLastHandledTrigger()).isEqualTo("r2");
    assertThat(status.getConditions())
        .singleElement()
        .satisfies(
            condition -> {
              assertThat(condition.getType()).isEqualTo("BackupHealthy");
              assertThat(condition.getStatus()).isEqualTo("True");
            });
  }

  @Test
  void theSameUpdateTwiceWritesOnlyOnce() {
    ClusterRef ref = create("twice");
    StatusUpdate update =
        new StatusUpdate(
            ref,
            "Initializing",
            1L,
            List.of(new Condition("Valid", "True", "SpecValid", "the spec is valid", 1)),
            new OperationView("Bootstrap", "wf-1", T0.toEpochMilli(), "creating Secrets"),
            false,
            false,
            null,
            0,
            null,
            null,
            "obao_primary_ns_twice");

    assertThat(activities.writeStatus(update)).isTrue();
    String resourceVersion = read(ref).getMetadata().getResourceVersion();
    clock.advance(Duration.ofMinutes(1));

    assertThat(activities.writeStatus(update)).isFalse();
    assertThat(read(ref).getMetadata().getResourceVersion()).isEqualTo(resourceVersion);
    OpenBaoClusterStatus status = read(ref).getStatus();
    assertThat(status.getPhase()).isEqualTo("Initializing");
    assertThat(status.getObservedGeneration()).isEqualTo(1L);
    assertThat(status.getInitialized()).isFalse();
    assertThat(status.getReadyReplicas()).isZero();
    assertThat(status.getWorkflowId()).isEqualTo("obao_primary_ns_twice");
    assertThat(status.getOperation().getKind()).isEqualTo("Bootstrap");
    assertThat(status.getOperation().getStartedAt()).isEqualTo("2026-11-23T01:00:00Z");
    assertThat(activities.writeStatus(StatusUpdate.of(ref))).isFalse();
  }

  @Test
  void nullFieldsAreKeptConditionsMergeByTypeAndKeepTheirTransitionWhileTheStatusHolds() {
    ClusterRef ref = create("merge");
    activities.writeStatus(
        withConditions(
            ref,
            "Initializing",
            new Condition("Valid", "True", "SpecValid", "valid", 1),
            new Condition("Available", "False", "Bootstrapping", "creating Secrets", 1)));

    clock.advance(Duration.ofMinutes(5));
    assertThat(
            activities.writeStatus(
                withConditions(
                    ref,
                    null,
                    new Condition("Available", "False", "Bootstrapping", "waiting for pods", 1))))
        .isTrue();
    OpenBaoClusterStatus waiting = read(ref).getStatus();
    assertThat(waiting.getPhase()).isEqualTo("Initializing");
    assertThat(waiting.getConditions())
        .extracting(StatusCondition::getType)
        .containsExactly("Valid", "Available");
    assertThat(condition(waiting, "Available").getMessage()).isEqualTo("waiting for pods");
    assertThat(condition(waiting, "Available").getLastTransitionTime())
        .isEqualTo("2026-11-23T01:00:00Z");

    clock.advance(Duration.ofMinutes(5));
    activities.writeStatus(
        withConditions(ref, "Running", new Condition("Available", "True", "Ready", "3/3", 2)));
    OpenBaoClusterStatus running = read(ref).getStatus();
    assertThat(running.getPhase()).isEqualTo("Running");
    assertThat(condition(running, "Available").getLastTransitionTime())
        .isEqualTo("2026-11-23T01:10:00Z");
    assertThat(condition(running, "Available").getObservedGeneration()).isEqualTo(2L);
    assertThat(condition(running, "Valid").getLastTransitionTime())
        .isEqualTo("2026-11-23T01:00:00Z");
  }

  @Test
  void clearOperationRemovesTheOperation() {
    ClusterRef ref = create("clear");
    activities.writeStatus(
        new StatusUpdate(
            ref,
            null,
            null,
            List.of(),
            new OperationView("Converge", "wf-2", T0.toEpochMilli(), "rolling pods"),
            false,
            null,
            null,
            null,
            null,
            null,
            null));
    assertThat(read(ref).getStatus().getOperation().getMessage()).isEqualTo("rolling pods");

    boolean changed =
        activities.writeStatus(
            new StatusUpdate(
                ref, null, null, List.of(), null, true, null, null, null, null, null, null));

    assertThat(changed).isTrue();
    assertThat(read(ref).getStatus().getOperation()).isNull();
  }

  @Test
  void aRepeatedEventIsCountedAndAnotherOneIsRecordedApart() {
    ClusterRef ref = create("events");

    activities.recordEvent(new ClusterEvent(ref, true, "PodFailure", "dev-0 crash-loops"));
    clock.advance(Duration.ofSeconds(30));
    activities.recordEvent(new ClusterEvent(ref, true, "PodFailure", "dev-0 crash-loops"));
    activities.recordEvent(new ClusterEvent(ref, false, "Running", "3/3 pods Ready"));

    List<Event> events =
        kube.v1().events().inNamespace(ref.namespace()).list().getItems().stream()
            .filter(e -> ref.uid().equals(e.getInvolvedObject().getUid()))
            .toList();
    assertThat(events).hasSize(2);
    Event repeated =
        events.stream().filter(e -> e.getReason().equals("PodFailure")).findFirst().orElseThrow();
    assertThat(repeated.getCount()).isEqualTo(2);
    assertThat(repeated.getType()).isEqualTo("Warning");
    assertThat(repeated.getMessage()).isEqualTo("dev-0 crash-loops");
    assertThat(repeated.getFirstTimestamp()).isEqualTo("2026-11-23T01:00:00Z");
    assertThat(repeated.getLastTimestamp()).isEqualTo("2026-11-23T01:00:30Z");
    assertThat(repeated.getSource().getComponent()).isEqualTo("baoflow");
    assertThat(repeated.getInvolvedObject().getKind()).isEqualTo("OpenBaoCluster");
    assertThat(repeated.getInvolvedObject().getName()).isEqualTo("events");
    assertThat(repeated.getMetadata().getName()).startsWith("events.");
    Event other =
        events.stream().filter(e -> e.getReason().equals("Running")).findFirst().orElseThrow();
    assertThat(other.getCount()).isEqualTo(1);
    assertThat(other.getType()).isEqualTo("Normal");
  }

  private static StatusUpdate withConditions(
      ClusterRef ref, String phase, Condition... conditions) {
    return new StatusUpdate(
        ref, phase, null, List.of(conditions), null, false, null, null, null, null, null, null);
  }

  private static StatusCondition condition(OpenBaoClusterStatus status, String type) {
    return status.getConditions().stream()
        .filter(c -> c.getType().equals(type))
        .findFirst()
        .orElseThrow();
  }

  /** Creates the resource; the API server gives it its uid. */
  private static ClusterRef create(String name) {
    ClusterSnapshot snapshot = LaneClusterFixture.snapshot(LaneClusterFixture.DEV_SAMPLE, name, 3);
    OpenBaoCluster created = LaneClusterFixture.createResource(kube, snapshot);
    ClusterRef ref = snapshot.ref();
    return new ClusterRef(
        ref.kubernetesCluster(), ref.namespace(), ref.name(), created.getMetadata().getUid());
  }

  private static ClusterRef otherUid(ClusterRef ref) {
    return new ClusterRef(
        ref.kubernetesCluster(), ref.namespace(), ref.name(), UUID.randomUUID().toString());
  }

  private static OpenBaoCluster read(ClusterRef ref) {
    return kube.resources(OpenBaoCluster.class)
        .inNamespace(ref.namespace())
        .withName(ref.name())
        .get();
  }

  private static void assertClusterGone(Executable call) {
    assertThatThrownBy(call::execute)
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            failure -> {
              assertThat(failure.getType()).isEqualTo(FailureTypes.CLUSTER_GONE);
              assertThat(failure.isNonRetryable()).isTrue();
            });
  }

  /** A clock tests move by hand. */
  private static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
