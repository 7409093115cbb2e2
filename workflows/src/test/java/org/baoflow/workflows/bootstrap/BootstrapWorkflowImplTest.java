package org.baoflow.workflows.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.withSettings;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowStub;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.util.List;
import org.baoflow.workflows.BaoFlowDataConverter;
import org.baoflow.workflows.activities.FailureTypes;
import org.baoflow.workflows.activities.StatusActivities;
import org.baoflow.workflows.activities.StatusActivities.ClusterEvent;
import org.baoflow.workflows.activities.StatusActivities.Condition;
import org.baoflow.workflows.activities.StatusActivities.StatusUpdate;
import org.baoflow.workflows.model.ClusterSnapshot;
import org.baoflow.workflows.model.OperationInput;
import org.baoflow.workflows.model.OperationResult;
import org.baoflow.workflows.steps.FakeCluster;
import org.baoflow.workflows.steps.TestClusters;
import org.baoflow.workflows.steps.TestEnvironments;
import org.baoflow.workflows.visibility.BaoFlowSearchAttributes;
import org.baoflow.workflows.visibility.Operation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class BootstrapWorkflowImplTest {
  private static final String ID = TestClusters.REF.ids().bootstrap();

  /** What a self-initializing 3-replica bootstrap with the demo login calls, in order. */
  private static final List<String> SELF_INIT_WITH_DEMO_CALLS =
      List.of(
          "ensureTls",
          "ensureUnsealKey",
          "ensureDemoPassword",
          "apply IDENTITY 1 bootstrapping",
          "apply CONFIGURATION 1 bootstrapping",
          "apply NETWORK 1 bootstrapping",
          "apply WORKLOAD 1 bootstrapping",
          "awaitPods 1",
          "awaitActive dev-0",
          "verifyOperatorLogin",
          "apply CONFIGURATION 3",
          "apply WORKLOAD 3",
          "awaitPods 3",
          "awaitVoters dev-0,dev-1,dev-2",
          "stepDown dev-0",
          "deletePod dev-0",
          "awaitPods 3",
          "awaitVoters dev-0,dev-1,dev-2",
          "awaitVoters dev-0,dev-1,dev-2",
          "configureAutopilot",
          "verifyDemoLogin");

  private TestWorkflowEnvironment env;
  private FakeCluster fake;
  private StatusActivities status;

  @BeforeEach
  void startEnvironment() {
    env = TestEnvironments.newEnvironment();
    fake = new FakeCluster();
    status = mock(StatusActivities.class, withSettings().withoutAnnotations());
    Worker worker = env.newWorker(TestEnvironments.QUEUE);
    worker.registerWorkflowImplementationTypes(BootstrapWorkflowImpl.class);
    worker.registerActivitiesImplementations(fake, status);
    env.start();
  }

  @AfterEach
  void closeEnvironment() {
    env.close();
  }

  private BootstrapWorkflow stub() {
    return env.getWorkflowClient()
        .newWorkflowStub(
            BootstrapWorkflow.class,
            TestEnvironments.options(ID, TestClusters.REF, Operation.BOOTSTRAP));
  }

  @Test
  void selfInitBootstrapRunsTheStepsInOrderAndRestartsPodZeroLast() {
    ClusterSnapshot cluster = TestClusters.snapshot(3, true, true);

    OperationResult result = stub().run(new OperationInput(cluster, "generation 1"));

    assertThat(fake.calls()).containsExactlyElementsOf(SELF_INIT_WITH_DEMO_CALLS);
    assertThat(result.restartedPods()).containsExactly("dev-0");
    assertThat(result.readyReplicas()).isEqualTo(3);
    assertThat(result.leader()).isEqualTo("dev-1");
    assertThat(result.selfInitialized()).isTrue();
    assertThat(result.removedPeers()).isEmpty();
    assertThat(result.tls().certificateHash()).isEqualTo("cert-1");
    // The self-init ConfigMap went with bootstrapping=false, so it is no longer ours to watch.
    assertThat(result.appliedHashes())
        .containsOnlyKeys(
            "ServiceAccount/dev", "ConfigMap/dev-config", "Service/dev", "StatefulSet/dev");
    assertThat(fake.members()).containsExactlyInAnyOrder("dev-0", "dev-1", "dev-2");
  }

  @Test
  void aCompletedBootstrapReportsRunningInStatusEventsAndSearchAttributes() {
    stub().run(new OperationInput(TestClusters.snapshot(3, true, false), "generation 1"));

    ArgumentCaptor<StatusUpdate> updates = ArgumentCaptor.forClass(StatusUpdate.class);
    verify(status, atLeastOnce()).writeStatus(updates.capture());
    List<StatusUpdate> written = updates.getAllValues();
    assertThat(written.get(0).phase()).isEqualTo("Initializing");
    assertThat(written.get(0).operation().kind()).isEqualTo("Bootstrap");
    assertThat(written.get(0).operation().workflowId()).isEqualTo(ID);
    assertThat(written.get(0).workflowId()).isEqualTo(TestClusters.REF.ids().cluster());
    assertThat(written)
        .anySatisfy(
            update -> {
              assertThat(update.initialized()).isTrue();
              assertThat(update.selfInitialized()).isTrue();
            });
    StatusUpdate last = written.get(written.size() - 1);
    assertThat(last.phase()).isEqualTo("Running");
    assertThat(last.clearOperation()).isTrue();
    assertThat(last.readyReplicas()).isEqualTo(3);
    assertThat(last.activeLeader()).isEqualTo("dev-1");
    assertThat(last.currentVersion()).isEqualTo("2.4.4");
    assertThat(last.observedGeneration()).isEqualTo(1L);
    assertThat(last.conditions())
        .extracting(Condition::type, Condition::status)
        .contains(org.assertj.core.groups.Tuple.tuple("Available", "True"));

    ArgumentCaptor<ClusterEvent> events = ArgumentCaptor.forClass(ClusterEvent.class);
    verify(status, atLeastOnce()).recordEvent(events.capture());
    assertThat(events.getAllValues())
        .extracting(ClusterEvent::reason)
        .containsExactly("Initialized", "BootstrapCompleted");

    var description = env.getWorkflowClient().newUntypedWorkflowStub(ID).describe();
    assertThat(description.getTypedSearchAttributes().get(BaoFlowSearchAttributes.PHASE))
        .isEqualTo("Running");
  }

  @Test
  void withoutSelfInitTheWorkflowInitializesAndConfiguresOperatorAccess() {
    OperationResult result =
        stub().run(new OperationInput(TestClusters.snapshot(1, false, false), "generation 1"));

    assertThat(fake.calls())
        .containsExactly(
            "ensureTls",
            "ensureUnsealKey",
            "apply IDENTITY 1 bootstrapping",
            "apply CONFIGURATION 1 bootstrapping",
            "apply NETWORK 1 bootstrapping",
            "apply WORKLOAD 1 bootstrapping",
            "awaitPods 1",
            "awaitApi dev-0",
            "initialize",
            "configureOperatorAccess",
            "verifyOperatorLogin",
            "apply CONFIGURATION 1",
            "apply WORKLOAD 1",
            "awaitPods 1",
            // A single node has nobody to hand leadership to: it restarts without a step-down.
            "awaitVoters dev-0",
            "deletePod dev-0",
            "awaitPods 1",
            "awaitVoters dev-0",
            "awaitVoters dev-0",
            "configureAutopilot");
    assertThat(result.selfInitialized()).isFalse();
    assertThat(result.leader()).isEqualTo("dev-0");
  }

  @Test
  void aPodFailureFailsTheBootstrapWithStatusAndAWarningEvent() {
    fake.failOn(
        "awaitPods 1",
        ApplicationFailure.newNonRetryableFailure(
            "pod dev-0 container openbao: CrashLoopBackOff", FailureTypes.POD_FAILURE));

    assertThatThrownBy(
            () -> stub().run(new OperationInput(TestClusters.snapshot(3, true, false), "gen 1")))
        .isInstanceOf(WorkflowFailedException.class)
        .cause()
        .isInstanceOf(ActivityFailure.class)
        .cause()
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            failure -> assertThat(failure.getType()).isEqualTo(FailureTypes.POD_FAILURE));

    assertThat(fake.calls()).last().isEqualTo("awaitPods 1");
    ArgumentCaptor<StatusUpdate> updates = ArgumentCaptor.forClass(StatusUpdate.class);
    verify(status, atLeastOnce()).writeStatus(updates.capture());
    StatusUpdate last = updates.getAllValues().get(updates.getAllValues().size() - 1);
    assertThat(last.phase()).isEqualTo("Failed");
    assertThat(last.conditions())
        .singleElement()
        .satisfies(
            condition -> {
              assertThat(condition.type()).isEqualTo("Available");
              assertThat(condition.status()).isEqualTo("False");
              assertThat(condition.reason()).isEqualTo("PodFailure");
              assertThat(condition.message()).contains("CrashLoopBackOff", "dev-0");
            });
    verify(status)
        .recordEvent(
            new ClusterEvent(
                TestClusters.REF,
                true,
                "PodFailure",
                "Bootstrap failed: pod dev-0 container openbao: CrashLoopBackOff"));
    var description = env.getWorkflowClient().newUntypedWorkflowStub(ID).describe();
    assertThat(description.getTypedSearchAttributes().get(BaoFlowSearchAttributes.PHASE))
        .isEqualTo("Failed");
  }

  @Test
  void noSecretMaterialReachesTheHistory() {
    OperationInput input = new OperationInput(TestClusters.snapshot(3, false, true), "gen 1");
    OperationResult result = stub().run(input);

    WorkflowExecutionHistory history = env.getWorkflowClient().fetchHistory(ID);
    String payloads = TestEnvironments.decodedPayloads(history);
    // The decoding works: the payloads hold what the workflow was given and returned.
    assertThat(payloads).contains("\"reason\":\"gen 1\"", "cert-1", "dev-1");
    for (String secret : FakeCluster.SECRET_MATERIAL) {
      assertThat(payloads).doesNotContain(secret);
    }
    String resultJson = json(result) + json(input);
    assertThat(resultJson).doesNotContainIgnoringCase("token").doesNotContain("-----BEGIN");
    assertThat(payloads).doesNotContain("-----BEGIN");
  }

  private static String json(Object value) {
    return BaoFlowDataConverter.get().toPayload(value).orElseThrow().getData().toStringUtf8();
  }

  @Test
  void theStubOfAFailedRunNamesNoSecretEither() {
    WorkflowClient client = env.getWorkflowClient();
    fake.failOn(
        "initialize",
        ApplicationFailure.newNonRetryableFailure(
            "OpenBao is initialized but Secret dev-root-token is missing",
            FailureTypes.INITIALIZED_ELSEWHERE));
    BootstrapWorkflow workflow = stub();
    WorkflowClient.start(
        workflow::run, new OperationInput(TestClusters.snapshot(3, false, false), "gen 1"));
    assertThatThrownBy(() -> WorkflowStub.fromTyped(workflow).getResult(OperationResult.class))
        .isInstanceOf(WorkflowFailedException.class);
    verify(status)
        .recordEvent(
            new ClusterEvent(
                TestClusters.REF,
                true,
                "InitializedElsewhere",
                "Bootstrap failed: OpenBao is initialized but Secret dev-root-token is missing"));
    String payloads = TestEnvironments.decodedPayloads(client.fetchHistory(ID));
    for (String secret : FakeCluster.SECRET_MATERIAL) {
      assertThat(payloads).doesNotContain(secret);
    }
    verify(status, org.mockito.Mockito.never()).removeFinalizer(any());
  }
}
