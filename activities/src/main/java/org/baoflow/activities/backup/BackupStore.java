package org.baoflow.activities.backup;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.net.URI;
import java.util.Objects;
import org.baoflow.activities.storage.PrefixedObjects;
import org.baoflow.activities.storage.S3AccessKey;
import org.baoflow.activities.storage.S3ClientFactory;
import org.baoflow.activities.storage.S3Target;
import org.baoflow.api.v1alpha1.BackupTarget;
import org.baoflow.workflows.backup.BackupObjectKeys;
import org.baoflow.workflows.model.ClusterRef;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * One activity's way to the cluster's backups: an S3 client for {@code spec.backup.target} with the
 * credentials of the Secret it names, the bucket, and the cluster's prefix, which every key it
 * touches must lie under. Closing it closes the client.
 */
final class BackupStore implements AutoCloseable {
  private static final int UNAUTHORIZED = 401;
  private static final int FORBIDDEN = 403;

  private final S3Client s3;
  private final String bucket;
  private final String clusterPrefix;
  private final NamedSecret credentials;

  private BackupStore(S3Client s3, String bucket, String clusterPrefix, NamedSecret credentials) {
    this.s3 = s3;
    this.bucket = bucket;
    this.clusterPrefix = clusterPrefix;
    this.credentials = credentials;
  }

  /**
   * Opens the store of {@code target} (checked by {@link BackupTargets#required}), reading its
   * Secrets now.
   */
  static BackupStore open(
      KubernetesClient kube, BackupSettings settings, ClusterRef cluster, BackupTarget target) {
    NamedSecret credentials = TargetSecrets.credentialsSecret(cluster.namespace(), target);
    S3AccessKey key = TargetSecrets.accessKey(kube, credentials);
    String caPem = TargetSecrets.caPem(kube, cluster.namespace(), target).orElse(null);
    S3Target s3Target;
    try {
      s3Target =
          new S3Target(
              settings.s3Endpoints().resolve(URI.create(target.getEndpoint().trim())),
              target.getRegion(),
              target.getBucket(),
              Boolean.TRUE.equals(target.getUsePathStyle()),
              caPem);
    } catch (IllegalArgumentException e) {
      throw BackupTargets.invalid(
          cluster,
          "has an unusable spec.backup.target (" + e.getMessage() + ")",
          "correct the endpoint or the CA");
    }
    return new BackupStore(
        S3ClientFactory.create(s3Target, key),
        target.getBucket(),
        BackupObjectKeys.clusterPrefix(target.getPathPrefix(), cluster),
        credentials);
  }

  S3Client s3() {
    return s3;
  }

  String bucket() {
    return bucket;
  }

  /** The cluster's prefix, ending in {@code /}. */
  String clusterPrefix() {
    return clusterPrefix;
  }

  /** The objects under the cluster's prefix. */
  PrefixedObjects objects() {
    return new PrefixedObjects(s3, bucket, clusterPrefix);
  }

  /**
   * {@code key}, checked to lie directly under the cluster's prefix.
   *
   * @throws IllegalArgumentException otherwise: the caller passed another cluster's key
   */
  String own(String key) {
    Objects.requireNonNull(key, "key");
    if (!key.startsWith(clusterPrefix) || key.indexOf('/', clusterPrefix.length()) >= 0) {
      throw new IllegalArgumentException(
          "key " + key + " does not lie directly under the cluster's prefix " + clusterPrefix);
    }
    return key;
  }

  /**
   * {@code failure}, explained when the store refused the credentials: the message then names the
   * Secret they came from (never a value) and what to check.
   */
  RuntimeException explain(S3Exception failure) {
    if (failure.statusCode() != UNAUTHORIZED && failure.statusCode() != FORBIDDEN) {
      return failure;
    }
    String code = failure.awsErrorDetails() == null ? null : failure.awsErrorDetails().errorCode();
    return new IllegalStateException(
        "the S3 endpoint refused the credentials of "
            + credentials.describe()
            + " (HTTP "
            + failure.statusCode()
            + (code == null ? "" : " " + code)
            + ") for bucket "
            + bucket
            + ": check keys accessKeyId and secretAccessKey and the key's permissions on the"
            + " bucket",
        failure);
  }

  @Override
  public void close() {
    s3.close();
  }
}
