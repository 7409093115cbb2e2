package org.baoflow.workflows.delete;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.baoflow.api.v1alpha1.BackupSpec;
import org.baoflow.api.v1alpha1.BackupTarget;
import org.baoflow.api.v1alpha1.DeletionPolicy;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;
import org.baoflow.workflows.activities.BackupActivities;
import org.baoflow.workflows.activities.CleanupActivities;
import org.baoflow.workflows.activities.CleanupActivities.CleanupReport;
import org.baoflow.workflows.activities.CleanupActivities.CleanupRequest;
import org.baoflow.workflows.activities.FailureTypes;
import org.baoflow.workflows.activities.StatusActivities;
import org.baoflow.workflows.activities.StatusActivities.ClusterEvent;
import org.baoflow.workflows.activities.StatusActivities.StatusUpdate;
import org.baoflow.workflows.model.ClusterRef;
import org.baoflow.workflows.model.ClusterSnapshot;
import org.baoflow.workflows.steps.TestClusters;
import org.baoflow.workflows.steps.TestEnvironments;
import org.baoflow.workflows.visibility.BaoFlowSearchAttributes;
import org.baoflow.workflows.visibility.Operation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

class DeleteWorkflowImplTest {
  private static final ClusterRef REF = TestClusters.REF;
  private static final String ID = REF.ids().delete();

  private TestWorkflowEnvironment env;
  private CleanupActivities cleanup;
  private StatusActivities status;
  private BackupActivities backups;

  @BeforeEach
  void startEnvironment() {
    env = TestEnvironments.newEnvironment();
    cleanup = mock(CleanupActivities.class, withSettings().withoutAnnotations());
    status = mock(StatusActivities.class, withSettings().withoutAnnotations());
    backups = mock(BackupActivities.class, withSettings().withoutAnnotations());
    when(cleanup.stopWorkload(REF)).thenReturn(List.of("StatefulSet/dev"));
    Worker worker = env.newWorker(TestEnvironments.QUEUE);
    worker.registerWorkflowImplementationTypes(DeleteWorkflowImpl.class);
    worker.registerActivitiesImplementations(cleanup, status, backups);
    env.start();
  }

  @AfterEach
  void closeEnvironment() {
    env.close();
  }

  private DeleteWorkflow stub() {
    return env.getWorkflowClient()
        .newWorkflowStub(DeleteWorkflow.class, TestEnvironments.options(ID, REF, Operation.DELETE));
  }

  private static CleanupReport reportFor(DeletionPolicy policy) {
    return policy == DeletionPolicy.RETAIN
        ? new CleanupReport(
            List.of(), List.of("PersistentVolumeClaim/data-dev-0", "Secret/dev-unseal-key"))
        : new CleanupReport(List.of("PersistentVolumeClaim/data-dev-0"), List.of());
  }

  @ParameterizedTest
  @EnumSource(DeletionPolicy.class)
  void deletionStopsThePodsAppliesThePolicyAndRemovesTheFinalizerLast(DeletionPolicy policy) {
    when(cleanup.deleteData(new CleanupRequest(REF, policy))).thenReturn(reportFor(policy));

    CleanupReport report = stub().run(new DeleteInput(REF, policy, null));

    assertThat(report).isEqualTo(reportFor(policy));
    InOrder order = inOrder(status, cleanup);
    ArgumentCaptor<StatusUpdate> update = ArgumentCaptor.forClass(StatusUpdate.class);
    order.verify(status).writeStatus(update.capture());
    order
        .verify(status)
        .recordEvent(
            new ClusterEvent(REF, false, "Deleting", "Deleting under deletionPolicy " + policy));
    order.verify(cleanup).stopWorkload(REF);
    order.verify(cleanup).deleteData(new CleanupRequest(REF, policy));
    order.verify(status).recordEvent(any());
    order.verify(status).removeFinalizer(REF);
    verifyNoMoreInteractions(cleanup, status);
    assertThat(update.getValue().phase()).isEqualTo("Deleting");
    assertThat(update.getValue().operation().kind()).isEqualTo("Delete");
    var description = env.getWorkflowClient().newUntypedWorkflowStub(ID).describe();
    assertThat(description.getTypedSearchAttributes().get(BaoFlowSearchAttributes.PHASE))
        .isEqualTo("Deleting");
  }

  @Test
  void deleteAllRemovesTheClusterBackupsFromTheSpecTargetBeforeTheFinalizer() {
    OpenBaoClusterSpec spec = withBackupTarget();
    when(cleanup.deleteData(any())).thenReturn(reportFor(DeletionPolicy.DELETE_ALL));
    when(backups.deleteClusterBackups(any())).thenReturn(6L);

    stub().run(new DeleteInput(REF, DeletionPolicy.DELETE_ALL, spec));

    InOrder order = inOrder(cleanup, backups, status);
    order.verify(cleanup).deleteData(new CleanupRequest(REF, DeletionPolicy.DELETE_ALL));
    order
        .verify(backups)
        .deleteClusterBackups(
            argThat(
                (ClusterSnapshot cluster) ->
                    cluster.ref().equals(REF)
                        && cluster.spec().getBackup().getTarget().getBucket().equals("backups")));
    order
        .verify(status)
        .recordEvent(
            argThat(
                event ->
                    event.reason().equals("DataDeleted")
                        && event.message().contains("deleted 6 backup object(s)")));
    order.verify(status).removeFinalizer(REF);
  }

  @ParameterizedTest
  @EnumSource(value = DeletionPolicy.class, mode = EnumSource.Mode.EXCLUDE, names = "DELETE_ALL")
  void otherPoliciesKeepTheBackups(DeletionPolicy policy) {
    when(cleanup.deleteData(any())).thenReturn(reportFor(policy));

    stub().run(new DeleteInput(REF, policy, withBackupTarget()));

    verifyNoInteractions(backups);
  }

  private static OpenBaoClusterSpec withBackupTarget() {
    OpenBaoClusterSpec spec = new OpenBaoClusterSpec();
    BackupSpec backup = new BackupSpec();
    BackupTarget target = new BackupTarget();
    target.setBucket("backups");
    target.setEndpoint("https://s3.example.com");
    backup.setTarget(target);
    spec.setBackup(backup);
    return spec;
  }

  @Test
  void anUnreachableBackupStoreDoesNotBlockTheDeleteAfterItsAttempts() {
    when(cleanup.deleteData(any())).thenReturn(reportFor(DeletionPolicy.DELETE_ALL));
    when(backups.deleteClusterBackups(any()))
        .thenThrow(
            new IllegalStateException(
                "Secret openbao/rustfs-credentials named by"
                    + " spec.backup.target.credentialsSecretRef does not exist"));

    stub().run(new DeleteInput(REF, DeletionPolicy.DELETE_ALL, withBackupTarget()));

    verify(backups, times(8)).deleteClusterBackups(any());
    verify(status)
        .recordEvent(
            argThat(
                event ->
                    event.warning()
                        && event.reason().equals("BackupsNotDeleted")
                        && event.message().contains("in bucket backups stay")
                        && event.message().contains("rustfs-credentials")));
    verify(status).removeFinalizer(REF);
  }

  @Test
  void aBackupTargetBaoFlowCannotUseDoesNotBlockTheDelete() {
    when(cleanup.deleteData(any())).thenReturn(reportFor(DeletionPolicy.DELETE_ALL));
    when(backups.deleteClusterBackups(any()))
        .thenThrow(
            ApplicationFailure.newNonRetryableFailure(
                "spec.backup.target.credentialsSecretRef is not set", FailureTypes.INVALID_SPEC));

    stub().run(new DeleteInput(REF, DeletionPolicy.DELETE_ALL, withBackupTarget()));

    verify(backups).deleteClusterBackups(any());
    verify(status)
        .recordEvent(
            argThat(
                event ->
                    event.reason().equals("BackupsNotDeleted")
                        && event.message().contains("credentialsSecretRef is not set")));
    verify(status).removeFinalizer(REF);
  }

  @Test
  void anUnsetPolicyRetains() {
    when(cleanup.deleteData(any())).thenReturn(reportFor(DeletionPolicy.RETAIN));

    stub().run(new DeleteInput(REF, null, null));

    verify(cleanup).deleteData(new CleanupRequest(REF, DeletionPolicy.RETAIN));
  }

  @Test
  void aResourceAlreadyGoneStillHasItsDataHandled() {
    ApplicationFailure gone =
        ApplicationFailure.newNonRetryableFailure("dev is gone", FailureTypes.CLUSTER_GONE);
    doThrow(gone).when(status).writeStatus(any());
    doThrow(gone).when(status).recordEvent(any());
    when(cleanup.deleteData(any())).thenReturn(reportFor(DeletionPolicy.DELETE_PVCS));

    CleanupReport report = stub().run(new DeleteInput(REF, DeletionPolicy.DELETE_PVCS, null));

    assertThat(report.deleted()).containsExactly("PersistentVolumeClaim/data-dev-0");
    verify(status).removeFinalizer(REF);
  }

  @Test
  void aCancelRequestDoesNotStopADeletionHalfway() throws Exception {
    CountDownLatch stopping = new CountDownLatch(1);
    CountDownLatch cancelled = new CountDownLatch(1);
    when(cleanup.stopWorkload(REF))
        .thenAnswer(
            invocation -> {
              stopping.countDown();
              assertThat(cancelled.await(30, TimeUnit.SECONDS)).isTrue();
              return List.of("StatefulSet/dev");
            });
    when(cleanup.deleteData(any())).thenReturn(reportFor(DeletionPolicy.DELETE_ALL));
    DeleteWorkflow workflow = stub();
    WorkflowClient.start(workflow::run, new DeleteInput(REF, DeletionPolicy.DELETE_ALL, null));

    assertThat(stopping.await(30, TimeUnit.SECONDS)).isTrue();
    WorkflowStub.fromTyped(workflow).cancel();
    cancelled.countDown();

    // The workflow closes as cancelled, but only after it finished every step.
    assertThatThrownBy(() -> WorkflowStub.fromTyped(workflow).getResult(CleanupReport.class))
        .isInstanceOf(WorkflowFailedException.class)
        .hasCauseInstanceOf(CanceledFailure.class);
    verify(cleanup).deleteData(new CleanupRequest(REF, DeletionPolicy.DELETE_ALL));
    verify(status).removeFinalizer(REF);
  }
}
