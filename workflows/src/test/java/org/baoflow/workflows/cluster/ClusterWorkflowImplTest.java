package org.baoflow.workflows.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baoflow.workflows.cluster.ClusterWorkflowHarness.REF;
import static org.baoflow.workflows.cluster.ClusterWorkflowHarness.UID;
import static org.baoflow.workflows.cluster.ClusterWorkflowHarness.observed;
import static org.baoflow.workflows.cluster.ClusterWorkflowHarness.spec;

import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.common.converter.DefaultDataConverter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.baoflow.api.v1alpha1.DeletionPolicy;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;
import org.baoflow.workflows.activities.StatusActivities.ClusterEvent;
import org.baoflow.workflows.activities.StatusActivities.Condition;
import org.baoflow.workflows.activities.StatusActivities.StatusUpdate;
import org.baoflow.workflows.cluster.TestChildren.Behaviour;
import org.baoflow.workflows.delete.DeleteInput;
import org.baoflow.workflows.model.OperationInput;
import org.baoflow.workflows.visibility.BaoFlowSearchAttributes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClusterWorkflowImplTest {
  private static final String CLUSTER_ID = "obao_local_openbao_dev";
  private static final String BOOTSTRAP_ID = CLUSTER_ID + "_bootstrap";

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
  void firstValidSpecAddsTheFinalizerAndBootstrapsInAChildWithVisibility() {
    TestChildren.behave("Bootstrap", Behaviour.BLOCK);
    harness.start(0, observed(1, spec(3)));

    ClusterState running =
        harness.awaitState(
            "bootstrap running",
            state ->
                BOOTSTRAP_ID.equals(state.operationWorkflowId())
                    && state.phase().equals("Initializing"));
    assertThat(running.operation()).isEqualTo("Bootstrap");
    assertThat(running.waitingFor()).startsWith("Running Bootstrap " + BOOTSTRAP_ID);
    harness.awaitChildren(1);
    assertThat(harness.status.finalizers).containsExactly(REF);

    WorkflowExecutionDescription child = harness.describe(BOOTSTRAP_ID);
    assertThat(child.getTypedSearchAttributes().get(BaoFlowSearchAttributes.CLUSTER))
        .isEqualTo("local/openbao/dev");
    assertThat(child.getTypedSearchAttributes().get(BaoFlowSearchAttributes.OPERATION))
        .isEqualTo("Bootstrap");
    assertThat(child.getTypedSearchAttributes().get(BaoFlowSearchAttributes.PHASE))
        .isEqualTo("Initializing");
    assertThat(child.getStaticSummary())
        .isEqualTo("Bootstrap openbao/dev: generation 1, 3 replicas, OpenBao 2.4.4");
    assertThat(
            harness
                .describe(CLUSTER_ID)
                .getTypedSearchAttributes()
                .get(BaoFlowSearchAttributes.PHASE))
        .isEqualTo("Initializing");
    StatusUpdate started =
        harness.status.updates.stream()
            .filter(u -> u.operation() != null)
            .findFirst()
            .orElseThrow();
    assertThat(started.phase()).isEqualTo("Initializing");
    assertThat(started.operation().kind()).isEqualTo("Bootstrap");
    assertThat(started.operation().workflowId()).isEqualTo(BOOTSTRAP_ID);
    assertThat(started.operation().startedAtMillis())
        .isBetween(
            ClusterWorkflowHarness.START.toEpochMilli(),
            ClusterWorkflowHarness.START.plusSeconds(60).toEpochMilli());
    assertThat(started.workflowId()).isEqualTo(CLUSTER_ID);

    harness.release(BOOTSTRAP_ID);
    ClusterState idle = harness.awaitIdle();

    assertThat(idle.phase()).isEqualTo("Running");
    assertThat(idle.initialized()).isTrue();
    assertThat(idle.appliedGeneration()).isEqualTo(1);
    assertThat(TestChildren.startedIds()).containsExactly(BOOTSTRAP_ID);
    OperationInput input = (OperationInput) TestChildren.started().get(0).input();
    assertThat(input.cluster().ref()).isEqualTo(REF);
    assertThat(input.cluster().generation()).isEqualTo(1);
    StatusUpdate last = harness.status.lastUpdate();
    assertThat(last.phase()).isEqualTo("Running");
    assertThat(last.clearOperation()).isTrue();
    assertThat(last.initialized()).isTrue();
    assertThat(last.readyReplicas()).isEqualTo(3);
    assertThat(last.workflowId()).isEqualTo(CLUSTER_ID);
    assertThat(condition(last, "Available").status()).isEqualTo("True");
    assertThat(harness.status.eventReasons())
        .containsExactly("BootstrapStarted", "BootstrapSucceeded");
    assertThat(
            harness
                .describe(CLUSTER_ID)
                .getTypedSearchAttributes()
                .get(BaoFlowSearchAttributes.PHASE))
        .isEqualTo("Running");
  }

  @Test
  void invalidSpecSetsValidFalseNamingTheFieldAndCreatesNothing() {
    harness.start(0, observed(1, spec(4)));

    ClusterState state = harness.awaitState("invalid", s -> !s.violations().isEmpty());
    harness.await("the InvalidSpec event", () -> !harness.status.events.isEmpty());

    assertThat(state.violations())
        .containsExactly("spec.replicas: " + FakeValidationActivities.REPLICAS_MESSAGE + 4);
    assertThat(state.phase()).isEqualTo("Pending");
    assertThat(state.waitingFor()).startsWith("Waiting for a valid spec: spec.replicas: ");
    Condition valid = condition(harness.status.lastUpdate(), "Valid");
    assertThat(valid.status()).isEqualTo("False");
    assertThat(valid.message()).startsWith("spec.replicas: ");
    assertThat(valid.observedGeneration()).isEqualTo(1);
    assertThat(harness.status.lastUpdate().phase()).isEqualTo("Pending");
    assertThat(harness.status.events)
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.warning()).isTrue();
              assertThat(event.reason()).isEqualTo("InvalidSpec");
            });
    assertThat(harness.status.finalizers).isEmpty();
    assertThat(TestChildren.started()).isEmpty();

    harness.workflow().specObserved(observed(2, spec(3)));
    harness.awaitChildren(1);
    assertThat(TestChildren.startedIds()).containsExactly(BOOTSTRAP_ID);
  }

  @Test
  void newerGenerationsAndForeignDriftConvergeWhileRepeatsAndOwnAppliesDoNot() {
    harness.start(0, observed(1, spec(3)));
    harness.awaitIdle();

    harness.workflow().specObserved(observed(2, spec(5)));
    harness.awaitChildren(2);
    harness.awaitState(
        "generation 2 applied", s -> s.appliedGeneration() == 2 && s.operation() == null);
    harness.workflow().specObserved(observed(2, spec(5)));
    harness.workflow().specObserved(observed(1, spec(3)));
    harness.workflow().driftObserved(new DriftObserved(UID, "StatefulSet", "dev", "hash-2"));
    harness.workflow().driftObserved(new DriftObserved(UID, "StatefulSet", "dev", "edited"));
    harness.awaitChildren(3);
    harness.awaitIdle();

    assertThat(TestChildren.startedIds())
        .containsExactly(BOOTSTRAP_ID, CLUSTER_ID + "_converge_2_1", CLUSTER_ID + "_converge_2_2");
    OperationInput byGeneration = (OperationInput) TestChildren.started().get(1).input();
    assertThat(byGeneration.cluster().spec().getReplicas()).isEqualTo(5);
    assertThat(byGeneration.reason()).isEqualTo("generation 2");
    OperationInput byDrift = (OperationInput) TestChildren.started().get(2).input();
    assertThat(byDrift.reason()).isEqualTo("drift of StatefulSet/dev");
    assertThat(byDrift.cluster().generation()).isEqualTo(2);
    assertThat(
            harness
                .describe(CLUSTER_ID + "_converge_2_1")
                .getTypedSearchAttributes()
                .get(BaoFlowSearchAttributes.OPERATION))
        .isEqualTo("Converge");
  }

  @Test
  void eventsDuringAnOperationQueueOneConvergeWithTheNewestSpec() {
    TestChildren.behave("Bootstrap", Behaviour.BLOCK);
    harness.start(0, observed(1, spec(3)));
    harness.awaitState("bootstrap running", s -> BOOTSTRAP_ID.equals(s.operationWorkflowId()));
    harness.awaitChildren(1);

    harness.workflow().specObserved(observed(2, spec(5)));
    harness.workflow().specObserved(observed(3, spec(7)));
    harness.workflow().driftObserved(new DriftObserved(UID, "Service", "dev", "edited"));
    ClusterState queued = harness.awaitState("queued", s -> s.observedGeneration() == 3);
    assertThat(queued.pending()).contains("Bootstrap generation 3 (to validate)");
    harness.release(BOOTSTRAP_ID);
    harness.awaitChildren(2);
    ClusterState idle =
        harness.awaitState(
            "generation 3 applied", s -> s.appliedGeneration() == 3 && s.operation() == null);

    assertThat(TestChildren.startedIds())
        .containsExactly(BOOTSTRAP_ID, CLUSTER_ID + "_converge_3_1");
    OperationInput converge = (OperationInput) TestChildren.started().get(1).input();
    assertThat(converge.cluster().spec().getReplicas()).isEqualTo(7);
    assertThat(idle.pending()).isEmpty();
  }

  @Test
  void deletionDuringBootstrapCancelsItRunsDeleteAndEnds() {
    TestChildren.behave("Bootstrap", Behaviour.BLOCK);
    OpenBaoClusterSpec spec = spec(3);
    spec.setDeletionPolicy(DeletionPolicy.DELETE_PVCS);
    harness.start(0, observed(1, spec));
    harness.awaitState("bootstrap running", s -> BOOTSTRAP_ID.equals(s.operationWorkflowId()));
    harness.awaitChildren(1);

    harness.workflow().deletionObserved(new DeletionObserved(UID, false));
    ClusterOutcome outcome = harness.result();

    assertThat(outcome.reason()).isEqualTo("Deleted");
    assertThat(harness.describe(BOOTSTRAP_ID).getWorkflowExecutionInfo().getStatus())
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_CANCELED);
    assertThat(TestChildren.startedIds()).containsExactly(BOOTSTRAP_ID, CLUSTER_ID + "_delete");
    DeleteInput input = (DeleteInput) TestChildren.started().get(1).input();
    assertThat(input.ref()).isEqualTo(REF);
    assertThat(input.policy()).isEqualTo(DeletionPolicy.DELETE_PVCS);
    assertThat(input.spec().getDeletionPolicy()).isEqualTo(DeletionPolicy.DELETE_PVCS);
    assertThat(harness.status.eventReasons())
        .contains("DeleteStarted")
        .doesNotContain("BootstrapFailed");
    assertThat(
            harness
                .describe(CLUSTER_ID + "_delete")
                .getTypedSearchAttributes()
                .get(BaoFlowSearchAttributes.PHASE))
        .isEqualTo("Deleting");
  }

  @Test
  void goneEndsTheWorkflowAfterCancellingTheRunningChild() {
    TestChildren.behave("Bootstrap", Behaviour.BLOCK);
    harness.start(0, observed(1, spec(3)));
    harness.awaitState("bootstrap running", s -> BOOTSTRAP_ID.equals(s.operationWorkflowId()));
    harness.awaitChildren(1);

    harness.workflow().deletionObserved(new DeletionObserved(UID, true));

    assertThat(harness.result().reason()).isEqualTo("Gone");
    assertThat(harness.describe(BOOTSTRAP_ID).getWorkflowExecutionInfo().getStatus())
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_CANCELED);
    assertThat(TestChildren.startedIds()).containsExactly(BOOTSTRAP_ID);
  }

  @Test
  void aFailedDeleteKeepsTheWorkflowUntilTheNextDeletionEvent() {
    harness.start(0, observed(1, spec(3)));
    harness.awaitIdle();
    TestChildren.behave("Delete", Behaviour.FAIL);

    harness.workflow().deletionObserved(new DeletionObserved(UID, false));
    ClusterState failed =
        harness.awaitState("delete failed", s -> s.waitingFor().startsWith("Delete failed"));

    assertThat(failed.phase()).isEqualTo("Deleting");
    assertThat(failed.waitingFor()).contains(TestChildren.FAILURE_MESSAGE);
    harness.await(
        "the DeleteFailed event", () -> harness.status.eventReasons().contains("DeleteFailed"));
    harness.workflow().specObserved(observed(2, spec(5)));
    TestChildren.behave("Delete", Behaviour.SUCCEED);
    harness.workflow().deletionObserved(new DeletionObserved(UID, false));
    assertThat(harness.result().reason()).isEqualTo("Deleted");
    assertThat(TestChildren.startedIds())
        .containsExactly(BOOTSTRAP_ID, CLUSTER_ID + "_delete", CLUSTER_ID + "_delete");
  }

  @Test
  void aResourceGoneWhenTheFinalizerIsAddedEndsTheWorkflowWithoutAnOperation() {
    harness.status.resourceGone = true;
    harness.start(0, observed(1, spec(3)));

    assertThat(harness.result().reason()).isEqualTo("Gone");
    assertThat(TestChildren.started()).isEmpty();
  }

  @Test
  void observedGenerationMovesOnlyWhenAnOperationTakesTheGenerationOn() {
    OpenBaoClusterSpec paused = spec(3);
    paused.setPaused(true);
    harness.start(0, observed(1, paused));
    harness.await("the Valid condition", () -> !harness.status.updates.isEmpty());

    assertThat(condition(harness.status.lastUpdate(), "Valid").observedGeneration()).isEqualTo(1);
    assertThat(harness.status.updates)
        .as("a valid spec waiting for its operation is not reported as observed")
        .allSatisfy(update -> assertThat(update.observedGeneration()).isNull());

    harness.workflow().specObserved(observed(2, spec(3)));
    harness.awaitIdle();
    assertThat(harness.status.updates)
        .filteredOn(update -> update.observedGeneration() != null)
        .first()
        .satisfies(
            update -> {
              assertThat(update.observedGeneration()).isEqualTo(2);
              assertThat(update.operation().workflowId()).isEqualTo(BOOTSTRAP_ID);
            });
  }

  @Test
  void pausedStartsNothingUntilUnpaused() {
    OpenBaoClusterSpec paused = spec(3);
    paused.setPaused(true);
    harness.start(0, observed(1, paused));

    ClusterState state = harness.awaitState("paused", s -> s.waitingFor().startsWith("Paused"));
    assertThat(state.paused()).isTrue();
    assertThat(state.phase()).isEqualTo("Pending");
    assertThat(state.pending()).containsExactly("Bootstrap generation 1");
    assertThat(state.waitingFor()).contains("spec.paused=false");
    assertThat(TestChildren.started()).isEmpty();
    assertThat(harness.status.finalizers).isEmpty();

    harness.workflow().specObserved(observed(2, spec(3)));
    harness.awaitIdle();
    assertThat(TestChildren.startedIds()).containsExactly(BOOTSTRAP_ID);
    assertThat(harness.state().paused()).isFalse();
  }

  @Test
  void anotherUidIsIgnoredAndTakesOverAsSuccessorWhenThisResourceIsGone() {
    harness.start(0, observed(1, spec(3)));
    harness.awaitIdle();
    String otherUid = "9f1c2d3e-0000-4000-8000-000000000002";
    String firstRun = harness.describe(CLUSTER_ID).getExecution().getRunId();

    harness.workflow().specObserved(new SpecObserved(otherUid, 1, spec(5), Map.of()));
    harness.workflow().driftObserved(new DriftObserved(otherUid, "StatefulSet", "dev", "edited"));
    harness.workflow().deletionObserved(new DeletionObserved(otherUid, true));
    harness.workflow().specObserved(observed(2, spec(3)));
    harness.awaitState(
        "generation 2 applied", s -> s.appliedGeneration() == 2 && s.operation() == null);
    assertThat(TestChildren.startedIds())
        .containsExactly(BOOTSTRAP_ID, CLUSTER_ID + "_converge_2_1");

    harness.workflow().deletionObserved(new DeletionObserved(UID, true));
    harness.awaitChildren(3);
    ClusterState successor = harness.awaitIdle();

    assertThat(harness.describe(CLUSTER_ID).getExecution().getRunId()).isNotEqualTo(firstRun);
    OperationInput bootstrap = (OperationInput) TestChildren.started().get(2).input();
    assertThat(TestChildren.started().get(2).workflowId()).isEqualTo(BOOTSTRAP_ID);
    assertThat(bootstrap.cluster().ref().uid()).isEqualTo(otherUid);
    assertThat(bootstrap.cluster().spec().getReplicas()).isEqualTo(5);
    assertThat(successor.appliedGeneration()).isEqualTo(1);
  }

  @Test
  void continuesAsNewWhenIdleAtTheThresholdKeepingItsMemory() {
    harness.start(40, observed(1, spec(3)));
    harness.awaitIdle();
    String firstRun = harness.describe(CLUSTER_ID).getExecution().getRunId();
    harness.workflow().driftObserved(new DriftObserved(UID, "StatefulSet", "dev", "edited"));
    harness.awaitChildren(2);

    ClusterState afterContinue =
        harness.awaitState(
            "a new run",
            s ->
                s.operation() == null
                    && !harness.describe(CLUSTER_ID).getExecution().getRunId().equals(firstRun));
    assertThat(afterContinue.initialized()).isTrue();
    assertThat(afterContinue.appliedGeneration()).isEqualTo(1);
    assertThat(afterContinue.phase()).isEqualTo("Running");
    String currentRun = harness.describe(CLUSTER_ID).getExecution().getRunId();
    assertThat(
            harness
                .client
                .fetchHistory(CLUSTER_ID, currentRun)
                .getEvents()
                .get(0)
                .getWorkflowExecutionStartedEventAttributes()
                .getContinuedExecutionRunId())
        .isNotEmpty();

    harness.workflow().specObserved(observed(1, spec(3)));
    harness.workflow().driftObserved(new DriftObserved(UID, "StatefulSet", "dev", "hash-1"));
    harness.workflow().driftObserved(new DriftObserved(UID, "StatefulSet", "dev", "edited-again"));
    harness.awaitChildren(3);
    harness.awaitIdle();
    assertThat(TestChildren.startedIds())
        .containsExactly(BOOTSTRAP_ID, CLUSTER_ID + "_converge_1_1", CLUSTER_ID + "_converge_1_2");
    assertThat(harness.status.finalizers).hasSize(1);
  }

  @Test
  void aFailedBootstrapFailsThePhaseAndWaitsForANewGeneration() {
    TestChildren.behave("Bootstrap", Behaviour.FAIL);
    harness.start(0, observed(1, spec(3)));

    ClusterState failed =
        harness.awaitState("failed", s -> s.waitingFor().startsWith("Bootstrap failed"));
    assertThat(failed.phase()).isEqualTo("Failed");
    assertThat(failed.waitingFor())
        .contains(TestChildren.FAILURE_MESSAGE)
        .contains("a new generation");
    ClusterEvent event = harness.status.events.get(harness.status.events.size() - 1);
    assertThat(event.warning()).isTrue();
    assertThat(event.reason()).isEqualTo("BootstrapFailed");
    assertThat(event.message()).contains(TestChildren.FAILURE_MESSAGE);
    assertThat(condition(harness.status.lastUpdate(), "Available").status()).isEqualTo("False");

    TestChildren.behave("Bootstrap", Behaviour.SUCCEED);
    harness.workflow().specObserved(observed(1, spec(3)));
    harness.workflow().specObserved(observed(2, spec(3)));
    harness.awaitChildren(2);
    ClusterState running = harness.awaitIdle();
    assertThat(running.phase()).isEqualTo("Running");
    assertThat(TestChildren.startedIds()).containsExactly(BOOTSTRAP_ID, BOOTSTRAP_ID);
  }

  @Test
  void aFailedConvergeKeepsRunningDegradedAndDoesNotRetryOnItsOwn() {
    harness.start(0, observed(1, spec(3)));
    harness.awaitIdle();
    TestChildren.behave("Converge", Behaviour.FAIL);

    harness.workflow().specObserved(observed(2, spec(5)));
    ClusterState failed =
        harness.awaitState("converge failed", s -> s.waitingFor().startsWith("Converge failed"));

    assertThat(failed.phase()).isEqualTo("Running");
    assertThat(failed.appliedGeneration()).isEqualTo(1);
    assertThat(condition(harness.status.lastUpdate(), "Degraded").status()).isEqualTo("True");
    assertThat(TestChildren.startedIds())
        .containsExactly(BOOTSTRAP_ID, CLUSTER_ID + "_converge_2_1");
  }

  @Test
  void certificateRenewalTimerConvergesWhenDue() {
    long renewAt = ClusterWorkflowHarness.START.plus(Duration.ofDays(30)).toEpochMilli();
    TestChildren.renewAt(renewAt);
    harness.start(0, observed(1, spec(3)));
    harness.awaitState(
        "idle until the renewal",
        s ->
            s.waitingFor()
                .equals(
                    "Idle: waiting for spec changes or drift;"
                        + " certificate renewal at 2026-01-31T00:00:00Z"));
    TestChildren.renewAt(renewAt + Duration.ofDays(30).toMillis());

    harness.env.sleep(Duration.ofDays(31));
    harness.awaitChildren(2);
    harness.awaitIdle();

    assertThat(TestChildren.startedIds())
        .containsExactly(BOOTSTRAP_ID, CLUSTER_ID + "_converge_1_1");
    assertThat(((OperationInput) TestChildren.started().get(1).input()).reason())
        .isEqualTo("certificate renewal");
    List<String> timerSummaries =
        harness.history().getEvents().stream()
            .filter(HistoryEvent::hasTimerStartedEventAttributes)
            .map(
                e ->
                    DefaultDataConverter.STANDARD_INSTANCE.fromPayload(
                        e.getUserMetadata().getSummary(), String.class, String.class))
            .toList();
    assertThat(timerSummaries)
        .containsExactly(
            "certificate renewal at 2026-01-31T00:00:00Z",
            "certificate renewal at 2026-03-02T00:00:00Z");
  }

  private static Condition condition(StatusUpdate update, String type) {
    return update.conditions().stream()
        .filter(c -> c.type().equals(type))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no condition " + type + " in " + update));
  }
}
