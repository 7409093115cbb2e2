package org.baoflow.workflows.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import io.temporal.client.WorkflowFailedException;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.time.Instant;
import java.util.List;
import org.baoflow.api.v1alpha1.BackupSpec;
import org.baoflow.api.v1alpha1.BackupTarget;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;
import org.baoflow.api.v1alpha1.SealType;
import org.baoflow.api.v1alpha1.TransitSealSpec;
import org.baoflow.api.v1alpha1.UnsealSpec;
import org.baoflow.workflows.activities.BackupActivities;
import org.baoflow.workflows.activities.BackupActivities.Leader;
import org.baoflow.workflows.activities.BackupActivities.ManifestRequest;
import org.baoflow.workflows.activities.BackupActivities.ObjectCheck;
import org.baoflow.workflows.activities.BackupActivities.RetentionRequest;
import org.baoflow.workflows.activities.BackupActivities.SnapshotRequest;
import org.baoflow.workflows.activities.BackupActivities.StreamResult;
import org.baoflow.workflows.activities.FailureTypes;
import org.baoflow.workflows.model.ClusterRef;
import org.baoflow.workflows.model.ClusterSnapshot;
import org.baoflow.workflows.steps.TestClusters;
import org.baoflow.workflows.steps.TestEnvironments;
import org.baoflow.workflows.visibility.Operation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

class BackupWorkflowImplTest {
  private static final ClusterRef REF = TestClusters.REF;
  private static final String ID = REF.ids().manualBackup("r1");
  private static final String BASE = "baoflow/local/openbao/dev/20260101T000000Z-manual-r1";
  private static final String KEY = BASE + ".snap";
  private static final long NOW = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
  private static final StreamResult STREAMED = new StreamResult(2048, "cd".repeat(32), "\"e-2\"");
  private static final Leader LEADER = new Leader("dev-1", "2.4.4", 42);

  private TestWorkflowEnvironment env;
  private BackupActivities backups;

  @BeforeEach
  void startEnvironment() {
    env = TestEnvironments.newEnvironment();
    backups = mock(BackupActivities.class, withSettings().withoutAnnotations());
    Worker worker = env.newWorker(TestEnvironments.QUEUE);
    worker.registerWorkflowImplementationTypes(BackupWorkflowImpl.class);
    worker.registerActivitiesImplementations(backups);
    env.start();
  }

  @AfterEach
  void closeEnvironment() {
    env.close();
  }

  @Test
  void streamsFromTheLeaderVerifiesThenWritesTheManifestLastAndAppliesRetention() {
    when(backups.findLeader(any())).thenReturn(LEADER);
    when(backups.streamSnapshot(any())).thenReturn(STREAMED);
    when(backups.verifyObject(any())).thenReturn(new ObjectCheck(true, ""));
    when(backups.applyRetention(any()))
        .thenReturn(new RetentionPlan(List.of("old.json"), List.of("old.snap"), List.of(KEY)));

    BackupResult result = stub().run(input(spec()));

    assertThat(result.objectKey()).isEqualTo(KEY);
    assertThat(result.size()).isEqualTo(2048);
    assertThat(result.sha256()).isEqualTo("cd".repeat(32));
    assertThat(result.deletedByRetention()).isEqualTo(1);
    assertThat(result.retentionProblem()).isNull();
    InOrder order = inOrder(backups);
    order.verify(backups).findLeader(any());
    ArgumentCaptor<SnapshotRequest> snapshot = ArgumentCaptor.forClass(SnapshotRequest.class);
    order.verify(backups).streamSnapshot(snapshot.capture());
    order.verify(backups).verifyObject(any());
    ArgumentCaptor<ManifestRequest> manifest = ArgumentCaptor.forClass(ManifestRequest.class);
    order.verify(backups).writeManifest(manifest.capture());
    ArgumentCaptor<RetentionRequest> retention = ArgumentCaptor.forClass(RetentionRequest.class);
    order.verify(backups).applyRetention(retention.capture());

    assertThat(snapshot.getValue().leaderPod()).isEqualTo("dev-1");
    assertThat(snapshot.getValue().objectKey()).isEqualTo(KEY);
    assertThat(snapshot.getValue().partSize()).isEqualTo(8L * 1024 * 1024);
    assertThat(snapshot.getValue().concurrency()).isEqualTo(SnapshotTuning.DEFAULT_CONCURRENCY);
    BackupManifest written = manifest.getValue().manifest();
    assertThat(written.uid()).isEqualTo(REF.uid());
    assertThat(written.kubernetesCluster()).isEqualTo("local");
    assertThat(written.cluster()).isEqualTo("dev");
    assertThat(written.namespace()).isEqualTo("openbao");
    assertThat(written.objectKey()).isEqualTo(KEY);
    assertThat(written.size()).isEqualTo(2048);
    assertThat(written.sha256()).isEqualTo("cd".repeat(32));
    assertThat(written.etag()).isEqualTo("\"e-2\"");
    assertThat(written.openBaoVersion()).isEqualTo("2.4.4");
    assertThat(written.raftIndex()).isEqualTo(42);
    assertThat(written.sealType()).isEqualTo("transit");
    assertThat(written.sealKeyIdentity())
        .isEqualTo("https://transit.example:8200/transit/keys/dev");
    assertThat(written.reason()).isEqualTo(BackupReason.MANUAL);
    assertThat(written.workflowId()).isEqualTo(ID);
    assertThat(written.startedAt()).isEqualTo(Instant.ofEpochMilli(result.startedAtMillis()));
    assertThat(written.finishedAt()).isEqualTo(Instant.ofEpochMilli(result.finishedAtMillis()));
    assertThat(retention.getValue().justWritten()).isEqualTo(KEY);
    assertThat(retention.getValue().nowMillis()).isEqualTo(NOW);
  }

  @Test
  void anObjectThatFailsVerificationGetsNoManifestAndFailsTheBackup() {
    when(backups.findLeader(any())).thenReturn(LEADER);
    when(backups.streamSnapshot(any())).thenReturn(STREAMED);
    when(backups.verifyObject(any()))
        .thenReturn(new ObjectCheck(false, "size 1024, expected 2048"));

    assertThatThrownBy(() -> stub().run(input(spec())))
        .isInstanceOf(WorkflowFailedException.class)
        .rootCause()
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            failure -> {
              assertThat(failure.getType()).isEqualTo(FailureTypes.BACKUP_NOT_INTACT);
              assertThat(failure.getOriginalMessage())
                  .contains("backups/" + KEY)
                  .contains("size 1024, expected 2048");
            });
    verify(backups, never()).writeManifest(any());
    verify(backups, never()).applyRetention(any());
  }

  @Test
  void anUnreachableObjectStoreFailsTheBackupAfterItsAttempts() {
    when(backups.findLeader(any())).thenReturn(LEADER);
    when(backups.streamSnapshot(any()))
        .thenThrow(new IllegalStateException("Unable to execute HTTP request: Connection refused"));

    assertThatThrownBy(() -> stub().run(input(spec())))
        .isInstanceOf(WorkflowFailedException.class)
        .rootCause()
        .hasMessageContaining("Connection refused");
    verify(backups, times(8)).streamSnapshot(any());
    verify(backups, never()).writeManifest(any());
  }

  @Test
  void aFailedRetentionStillReportsTheGoodBackup() {
    when(backups.findLeader(any())).thenReturn(LEADER);
    when(backups.streamSnapshot(any())).thenReturn(STREAMED);
    when(backups.verifyObject(any())).thenReturn(new ObjectCheck(true, ""));
    when(backups.applyRetention(any())).thenThrow(new IllegalStateException("list refused"));

    BackupResult result = stub().run(input(spec()));

    assertThat(result.objectKey()).isEqualTo(KEY);
    assertThat(result.retentionProblem()).contains("list refused");
    verify(backups).writeManifest(any());
  }

  private BackupWorkflow stub() {
    return env.getWorkflowClient()
        .newWorkflowStub(BackupWorkflow.class, TestEnvironments.options(ID, REF, Operation.BACKUP));
  }

  private static BackupInput input(OpenBaoClusterSpec spec) {
    return new BackupInput(new ClusterSnapshot(REF, 1, spec), BASE, NOW, BackupReason.MANUAL, "r1");
  }

  private static OpenBaoClusterSpec spec() {
    OpenBaoClusterSpec spec = new OpenBaoClusterSpec();
    BackupTarget target = new BackupTarget();
    target.setBucket("backups");
    target.setEndpoint("https://s3.example.com");
    target.setPartSize(8L * 1024 * 1024);
    BackupSpec backup = new BackupSpec();
    backup.setTarget(target);
    spec.setBackup(backup);
    TransitSealSpec transit = new TransitSealSpec();
    transit.setAddress("https://transit.example:8200");
    transit.setKeyName("dev");
    UnsealSpec unseal = new UnsealSpec();
    unseal.setType(SealType.TRANSIT);
    unseal.setTransit(transit);
    spec.setUnseal(unseal);
    return spec;
  }
}
