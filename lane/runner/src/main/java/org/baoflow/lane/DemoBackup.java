package org.baoflow.lane;

import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.baoflow.api.v1alpha1.BackupStatus;
import org.baoflow.api.v1alpha1.BackupTarget;
import org.baoflow.api.v1alpha1.OpenBaoCluster;
import org.baoflow.lane.sim.s3.RustFsSimulator;

/**
 * The demo's backup: before the cluster is applied, the bucket and the credentials Secret its
 * {@code spec.backup.target} names (what an operator of RustFS prepares); once it runs, one manual
 * backup through annotation {@code openbao.org/trigger-backup}, followed in {@code status.backup}.
 */
final class DemoBackup {
  static final String TRIGGER = "openbao.org/trigger-backup";
  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  private DemoBackup() {}

  /** Creates the bucket and the credentials Secret {@code cluster} names, if it backs up. */
  static void prepare(KubernetesClient kube, RustFsSimulator rustFs, OpenBaoCluster cluster) {
    BackupTarget target = target(cluster);
    if (target == null) {
      return;
    }
    rustFs.createBucket(target.getBucket());
    kube.resource(
            new SecretBuilder()
                .withNewMetadata()
                .withNamespace(cluster.getMetadata().getNamespace())
                .withName(target.getCredentialsSecretRef().getName())
                .endMetadata()
                .withStringData(
                    Map.of(
                        "accessKeyId", rustFs.credentials().accessKeyId(),
                        "secretAccessKey", rustFs.credentials().secretAccessKey()))
                .build())
        .serverSideApply();
  }

  /**
   * Asks for backup {@code requestId} with the annotation and prints how it ended; whether it
   * succeeded (true when {@code cluster} does not back up).
   */
  static boolean run(
      KubernetesClient kube, OpenBaoCluster cluster, String requestId, PrintStream out)
      throws InterruptedException {
    if (target(cluster) == null) {
      return true;
    }
    String namespace = cluster.getMetadata().getNamespace();
    String name = cluster.getMetadata().getName();
    kube.resources(OpenBaoCluster.class)
        .inNamespace(namespace)
        .withName(name)
        .edit(
            current -> {
              Map<String, String> annotations = new HashMap<>();
              if (current.getMetadata().getAnnotations() != null) {
                annotations.putAll(current.getMetadata().getAnnotations());
              }
              annotations.put(TRIGGER, requestId);
              current.getMetadata().setAnnotations(annotations);
              return current;
            });
    out.println("annotated " + TRIGGER + "=" + requestId + ": backing up to " + where(cluster));
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      OpenBaoCluster current =
          kube.resources(OpenBaoCluster.class).inNamespace(namespace).withName(name).get();
      BackupStatus backup = current.getStatus() == null ? null : current.getStatus().getBackup();
      if (backup != null
          && requestId.equals(backup.getLastHandledTrigger())
          && current.getStatus().getOperation() == null) {
        if (backup.getLastBackupKey() != null && backup.getLastBackupKey().contains(requestId)) {
          out.println(
              "  backup "
                  + backup.getLastBackupKey()
                  + ": "
                  + backup.getLastBackupSize()
                  + " bytes, SHA-256 "
                  + backup.getLastBackupSha256()
                  + ", "
                  + backup.getLastBackupDuration()
                  + ", workflow "
                  + backup.getWorkflowId());
          out.println("  next scheduled backup " + backup.getNextScheduledBackup());
          return true;
        }
        out.println("  backup failed: " + backup.getLastFailureReason());
        return false;
      }
      Thread.sleep(100);
    }
    out.println("  no backup within " + TIMEOUT.toMinutes() + " minutes");
    return false;
  }

  private static String where(OpenBaoCluster cluster) {
    BackupTarget target = target(cluster);
    return target.getEndpoint() + " bucket " + target.getBucket();
  }

  private static BackupTarget target(OpenBaoCluster cluster) {
    return cluster.getSpec().getBackup() == null ? null : cluster.getSpec().getBackup().getTarget();
  }
}
