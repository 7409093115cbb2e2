package org.baoflow.activities.backup;

import io.temporal.failure.ApplicationFailure;
import java.util.Optional;
import org.baoflow.api.v1alpha1.BackupSpec;
import org.baoflow.api.v1alpha1.BackupTarget;
import org.baoflow.workflows.activities.FailureTypes;
import org.baoflow.workflows.model.ClusterRef;

/** The parts of {@code spec.backup} a backup cannot run without. */
final class BackupTargets {
  private BackupTargets() {}

  /** The target of {@code backup}, if the spec has a backup section with a target. */
  static Optional<BackupTarget> of(BackupSpec backup) {
    return Optional.ofNullable(backup).map(BackupSpec::getTarget);
  }

  /**
   * The target of {@code backup} with an endpoint, a bucket and credentials.
   *
   * @throws ApplicationFailure non-retryable, of type {@link FailureTypes#INVALID_SPEC}, naming the
   *     missing field
   */
  static BackupTarget required(ClusterRef cluster, BackupSpec backup) {
    BackupTarget target =
        of(backup).orElseThrow(() -> invalid(cluster, "has no spec.backup.target", "add one"));
    if (target.getEndpoint() == null || target.getEndpoint().isBlank()) {
      throw invalid(cluster, "has no spec.backup.target.endpoint", "name the S3 endpoint");
    }
    if (target.getBucket() == null || target.getBucket().isBlank()) {
      throw invalid(cluster, "has no spec.backup.target.bucket", "name the bucket");
    }
    if (target.getCredentialsSecretRef() == null) {
      throw invalid(
          cluster,
          "has no " + TargetSecrets.CREDENTIALS_FIELD,
          "name a Secret with keys accessKeyId and secretAccessKey");
    }
    return target;
  }

  /** A non-retryable failure: {@code OpenBaoCluster ns/name <problem>: <fix>}. */
  static ApplicationFailure invalid(ClusterRef cluster, String problem, String fix) {
    return ApplicationFailure.newNonRetryableFailure(
        "OpenBaoCluster " + cluster.namespace() + "/" + cluster.name() + " " + problem + ": " + fix,
        FailureTypes.INVALID_SPEC);
  }
}
