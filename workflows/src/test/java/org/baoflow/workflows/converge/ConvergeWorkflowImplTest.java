package org.baoflow.workflows.converge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.withSettings;

import io.temporal.client.WorkflowFailedException;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.util.List;
import org.baoflow.workflows.activities.FailureTypes;
import org.baoflow.workflows.activities.StatusActivities;
import org.baoflow.workflows.activities.StatusActivities.ClusterEvent;
import org.baoflow.workflows.activities.StatusActivities.StatusUpdate;
import org.baoflow.workflows.model.ClusterSnapshot;
import org.baoflow.workflows.model.OperationInput;
import org.baoflow.workflows.model.OperationResult;
import org.baoflow.workflows.steps.FakeCluster;
import org.baoflow.workflows.steps.TestClusters;
import org.baoflow.workflows.steps.TestEnvironments;
import org.baoflow.workflows.visibility.Operation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class ConvergeWorkflowImplTest {
  private static final ClusterSnapshot THREE = TestClusters.snapshot(3, true, false);
  private static final String ID = TestClusters.REF.ids().converge(2, 1);

  private TestWorkflowEnvironment env;
  private FakeCluster fake;
  private StatusActivities status;

  @BeforeEach
  void startEnvironment() {
    env = TestEnvironments.newEnvironment();
    fake = new FakeCluster();
    status = mock(StatusActivities.class, withSettings().withoutAnnotations());
    Worker worker = env.newWorker(TestEnvironments.QUEUE);
    worker.registerWorkflowImplementationTypes(ConvergeWorkflowImpl.class);
    worker.registerActivitiesImplementations(fake, status);
    env.start();
  }

  @AfterEach
  void closeEnvironment() {
    env.close();
  }

  private OperationResult converge(ClusterSnapshot cluster) {
    return env.getWorkflowClient()
        .newWorkflowStub(
            ConvergeWorkflow.class,
            TestEnvironments.options(ID, TestClusters.REF, Operation.CONVERGE))
        .run(new OperationInput(cluster, "generation " + cluster.generation()));
  }

  @Test
  void scalingUpAddsPodsAsVotersAndRemovesNoPeer() {
    fake.running(THREE, 3, 0);

    OperationResult result = converge(TestClusters.withReplicas(THREE, 5));

    assertThat(fake.calls())
        .containsExactly(
            "ensureTls",
            "apply IDENTITY 5",
            "apply CONFIGURATION 5",
            "apply NETWORK 5",
            "pods",
            "apply WORKLOAD 5",
            "awaitPods 5",
            "awaitVoters dev-0,dev-1,dev-2,dev-3,dev-4",
            "configureAutopilot");
    assertThat(result.removedPeers()).isEmpty();
    assertThat(result.restartedPods()).isEmpty();
    assertThat(result.readyReplicas()).isEqualTo(5);
    assertThat(fake.members()).hasSize(5);
  }

  @Test
  void scalingDownRemovesTheLeavingPeersBeforeTheirPodsGoThenTheirVolumes() {
    ClusterSnapshot five = TestClusters.withReplicas(THREE, 5);
    // The leader is among the leaving pods: raft hands over when it removes itself.
    fake.running(five, 5, 4);

    OperationResult result = converge(TestClusters.withReplicas(five, 3));

    assertThat(fake.calls())
        .containsExactly(
            "ensureTls",
            "apply IDENTITY 3",
            "apply CONFIGURATION 3",
            "apply NETWORK 3",
            "pods",
            "removePeers dev-3,dev-4",
            "apply WORKLOAD 3",
            "deleteVolumes 3",
            "awaitPods 3",
            "awaitVoters dev-0,dev-1,dev-2",
            "configureAutopilot");
    assertThat(result.removedPeers()).containsExactly("dev-3", "dev-4");
    assertThat(result.restartedPods()).isEmpty();
    assertThat(result.readyReplicas()).isEqualTo(3);
    assertThat(fake.members()).containsExactlyInAnyOrder("dev-0", "dev-1", "dev-2");
  }

  @Test
  void aConfigurationChangeRestartsFollowersHighestFirstAndTheLeaderLastAfterAStepDown() {
    fake.running(THREE, 3, 1);

    OperationResult result = converge(TestClusters.withConfigurationChange(THREE));

    assertThat(fake.calls())
        .containsExactly(
            "ensureTls",
            "apply IDENTITY 3",
            "apply CONFIGURATION 3",
            "apply NETWORK 3",
            "pods",
            "apply WORKLOAD 3",
            "awaitPods 3",
            "awaitVoters dev-0,dev-1,dev-2",
            "deletePod dev-2",
            "awaitPods 3",
            "awaitVoters dev-0,dev-1,dev-2",
            "deletePod dev-0",
            "awaitPods 3",
            "awaitVoters dev-0,dev-1,dev-2",
            "stepDown dev-1",
            "deletePod dev-1",
            "awaitPods 3",
            "awaitVoters dev-0,dev-1,dev-2",
            "awaitVoters dev-0,dev-1,dev-2",
            "configureAutopilot");
    assertThat(result.restartedPods()).containsExactly("dev-2", "dev-0", "dev-1");
    assertThat(result.leader()).isEqualTo("dev-0");
    ArgumentCaptor<StatusUpdate> updates = ArgumentCaptor.forClass(StatusUpdate.class);
    verify(status, atLeastOnce()).writeStatus(updates.capture());
    assertThat(updates.getAllValues())
        .extracting(update -> update.operation() == null ? null : update.operation().message())
        .containsSubsequence(
            "Restarting pod dev-2 on the current template",
            "Restarting pod dev-0 on the current template",
            "Restarting pod dev-1 on the current template");
    verify(status)
        .recordEvent(
            new ClusterEvent(
                TestClusters.REF,
                false,
                "Converged",
                "Converged after generation 2: 3 Ready pod(s), restarted dev-2, dev-0, dev-1"));
  }

  @Test
  void aRestartedPodIsAwaitedUntilItsReplacementIsReady() {
    fake.running(THREE, 3, 0);
    // The deleted pod still shows Ready twice (terminating) before its replacement appears.
    fake.lingerAfterDelete(2);

    OperationResult result = converge(TestClusters.withConfigurationChange(THREE));

    assertThat(result.restartedPods()).containsExactly("dev-2", "dev-1", "dev-0");
    List<String> calls = fake.calls();
    assertThat(calls.subList(calls.indexOf("deletePod dev-2"), calls.indexOf("deletePod dev-1")))
        .containsExactly(
            "deletePod dev-2",
            "awaitPods 3",
            "awaitPods 3",
            "awaitPods 3",
            "awaitVoters dev-0,dev-1,dev-2");
  }

  @Test
  void aRenewedCertificateRollsEveryPod() {
    fake.running(THREE, 3, 0);
    fake.reissueCertificate("cert-2");

    OperationResult result = converge(TestClusters.withReplicas(THREE, 3));

    assertThat(result.tls().certificateHash()).isEqualTo("cert-2");
    assertThat(result.restartedPods()).containsExactly("dev-2", "dev-1", "dev-0");
  }

  @Test
  void aFailedConvergeMarksTheClusterDegradedAndFails() {
    fake.running(THREE, 3, 0);
    fake.failOn(
        "awaitPods",
        ApplicationFailure.newNonRetryableFailure(
            "pod dev-3 container openbao: ImagePullBackOff", FailureTypes.POD_FAILURE));

    assertThatThrownBy(() -> converge(TestClusters.withReplicas(THREE, 5)))
        .isInstanceOf(WorkflowFailedException.class);

    ArgumentCaptor<StatusUpdate> updates = ArgumentCaptor.forClass(StatusUpdate.class);
    verify(status, atLeastOnce()).writeStatus(updates.capture());
    StatusUpdate last = updates.getAllValues().get(updates.getAllValues().size() - 1);
    assertThat(last.phase()).isNull();
    assertThat(last.conditions())
        .singleElement()
        .satisfies(
            condition -> {
              assertThat(condition.type()).isEqualTo("Degraded");
              assertThat(condition.status()).isEqualTo("True");
              assertThat(condition.reason()).isEqualTo("PodFailure");
              assertThat(condition.observedGeneration()).isEqualTo(2);
            });
    verify(status)
        .recordEvent(
            new ClusterEvent(
                TestClusters.REF,
                true,
                "PodFailure",
                "Converge failed: pod dev-3 container openbao: ImagePullBackOff"));
  }
}
