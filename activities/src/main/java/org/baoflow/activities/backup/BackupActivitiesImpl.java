package org.baoflow.activities.backup;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.baoflow.activities.bao.BaoConnection;
import org.baoflow.activities.bao.RaftClient;
import org.baoflow.activities.kube.ClusterModels;
import org.baoflow.activities.openbao.BaoSettings;
import org.baoflow.activities.openbao.ClusterAccess;
import org.baoflow.activities.storage.MultipartSettings;
import org.baoflow.activities.storage.ObjectVerification;
import org.baoflow.activities.storage.SnapshotUpload;
import org.baoflow.activities.storage.UploadedObject;
import org.baoflow.activities.storage.VerificationResult;
import org.baoflow.api.v1alpha1.BackupSpec;
import org.baoflow.api.v1alpha1.BackupTarget;
import org.baoflow.workflows.activities.BackupActivities;
import org.baoflow.workflows.activities.FailureTypes;
import org.baoflow.workflows.backup.BackupManifest;
import org.baoflow.workflows.backup.BackupObjectKeys;
import org.baoflow.workflows.backup.RetentionPlan;
import org.baoflow.workflows.backup.RetentionPolicy;
import org.baoflow.workflows.model.ClusterRef;
import org.baoflow.workflows.model.ClusterSnapshot;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * {@link BackupActivities} over BaoFlow's OpenBao client and the S3 building blocks of {@code
 * org.baoflow.activities.storage}. Every call opens what it needs and closes it before it returns:
 * the cluster's pods (JWT logins revoked at the end), and an S3 client with the credentials of the
 * Secret the spec names. No token, key or secret value appears in a result, message or log.
 */
public final class BackupActivitiesImpl implements BackupActivities {
  private static final String JSON = "application/json";

  private final KubernetesClient kube;
  private final BaoSettings baoSettings;
  private final BackupSettings settings;
  private final Heartbeat heartbeat;

  /** Activities reaching pods as {@code baoSettings} and object storage as {@code settings} say. */
  public BackupActivitiesImpl(
      KubernetesClient kube, BaoSettings baoSettings, BackupSettings settings) {
    this(kube, baoSettings, settings, Heartbeat.ofActivity());
  }

  /** As the public constructor, reporting progress to {@code heartbeat}, e.g. outside Temporal. */
  BackupActivitiesImpl(
      KubernetesClient kube,
      BaoSettings baoSettings,
      BackupSettings settings,
      Heartbeat heartbeat) {
    this.kube = Objects.requireNonNull(kube, "kube");
    this.baoSettings = Objects.requireNonNull(baoSettings, "baoSettings");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.heartbeat = Objects.requireNonNull(heartbeat, "heartbeat");
  }

  @Override
  public Leader findLeader(ClusterSnapshot cluster) {
    try (ClusterAccess access = ClusterAccess.of(kube, baoSettings, cluster)) {
      return new LeaderLookup(access).find(access.pods());
    }
  }

  @Override
  public StreamResult streamSnapshot(SnapshotRequest request) {
    ClusterSnapshot cluster = request.cluster();
    BackupSpec backup = backup(cluster);
    MultipartSettings multipart = multipart(cluster.ref(), request);
    return withStore(
        cluster,
        store -> {
          String key = store.own(request.objectKey());
          try (ClusterAccess access = ClusterAccess.of(kube, baoSettings, cluster)) {
            BaoConnection connection = access.connect(request.leaderPod());
            RaftClient raft = new RaftClient(connection);
            UploadedObject uploaded;
            try (InputStream snapshot =
                raft.snapshot(
                    BackupLogin.token(
                        kube, access, connection, cluster.ref().namespace(), backup))) {
              uploaded =
                  new SnapshotUpload(store.s3(), multipart)
                      .upload(store.bucket(), key, snapshot, heartbeat::beat);
            } catch (IOException e) {
              throw new UncheckedIOException(
                  "streaming the snapshot of pod " + request.leaderPod() + " to " + key + " failed",
                  e);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new IllegalStateException("the snapshot upload to " + key + " was interrupted");
            }
            return new StreamResult(uploaded.size(), uploaded.sha256(), uploaded.eTag());
          }
        });
  }

  @Override
  public ObjectCheck verifyObject(VerifyRequest request) {
    StreamResult stream = request.stream();
    return withStore(
        request.cluster(),
        store -> {
          String key = store.own(request.objectKey());
          VerificationResult result =
              new ObjectVerification(store.s3())
                  .verify(
                      new UploadedObject(
                          store.bucket(), key, stream.size(), stream.sha256(), stream.etag()),
                      heartbeat::beat);
          return new ObjectCheck(result.intact(), result.intact() ? "" : result.describe());
        });
  }

  @Override
  public void writeManifest(ManifestRequest request) {
    BackupManifest manifest = request.manifest();
    withStore(
        request.cluster(),
        store -> {
          String key = store.own(BackupObjectKeys.ofSnapshot(manifest.objectKey()).manifest());
          store
              .s3()
              .putObject(
                  put -> put.bucket(store.bucket()).key(key).contentType(JSON),
                  RequestBody.fromBytes(ManifestCodec.write(manifest)));
          return key;
        });
  }

  @Override
  public RetentionPlan applyRetention(RetentionRequest request) {
    ClusterSnapshot cluster = request.cluster();
    RetentionPolicy policy = retentionPolicy(cluster.ref(), backup(cluster));
    return withStore(
        cluster,
        store -> {
          PrefixListing listing = ManifestScan.scan(store, heartbeat);
          RetentionPlan plan =
              RetentionPlan.of(
                  cluster.ref(),
                  store.clusterPrefix(),
                  listing.manifests(),
                  listing.withoutManifest(),
                  request.justWritten(),
                  Instant.ofEpochMilli(request.nowMillis()),
                  policy);
          // Manifests first: a crash in between leaves incomplete objects, never a manifest
          // claiming a backup that is gone.
          store.objects().delete(plan.manifests());
          heartbeat.beat("deleted " + plan.manifests().size() + " manifests");
          store.objects().delete(plan.objects());
          return plan;
        });
  }

  @Override
  public long deleteClusterBackups(ClusterSnapshot cluster) {
    BackupSpec backup = ClusterModels.of(cluster).spec().getBackup();
    if (BackupTargets.of(backup).isEmpty()) {
      return 0;
    }
    try {
      return withStore(cluster, store -> deleteOurs(cluster.ref(), store));
    } catch (MissingSecretException e) {
      throw ApplicationFailure.newNonRetryableFailure(
          e.getMessage() + "; the backups cannot be deleted without it", FailureTypes.INVALID_SPEC);
    }
  }

  private long deleteOurs(ClusterRef ref, BackupStore store) {
    PrefixListing listing = ManifestScan.scan(store, heartbeat);
    List<String> manifests = new ArrayList<>();
    Set<String> objects = new LinkedHashSet<>();
    for (BackupManifest manifest : listing.manifests()) {
      if (ours(ref, manifest)) {
        manifests.add(BackupObjectKeys.ofSnapshot(manifest.objectKey()).manifest());
        objects.add(manifest.objectKey());
      }
    }
    listing.withoutManifest().forEach(object -> objects.add(object.key()));
    long deleted = store.objects().delete(manifests);
    heartbeat.beat("deleted " + deleted + " manifests");
    deleted += store.objects().delete(List.copyOf(objects));
    return deleted;
  }

  private static boolean ours(ClusterRef cluster, BackupManifest manifest) {
    return manifest.uid().equals(cluster.uid())
        && manifest.kubernetesCluster().equals(cluster.kubernetesCluster());
  }

  /** Runs {@code call} on the cluster's store, explaining refused credentials. */
  private <T> T withStore(ClusterSnapshot cluster, Function<BackupStore, T> call) {
    BackupTarget target = BackupTargets.required(cluster.ref(), backup(cluster));
    try (BackupStore store = BackupStore.open(kube, settings, cluster.ref(), target)) {
      try {
        return call.apply(store);
      } catch (S3Exception e) {
        throw store.explain(e);
      }
    }
  }

  /** {@code spec.backup} with its defaults; a spec without one fails as invalid. */
  private static BackupSpec backup(ClusterSnapshot cluster) {
    BackupSpec backup = ClusterModels.of(cluster).spec().getBackup();
    if (backup == null) {
      throw BackupTargets.invalid(cluster.ref(), "has no spec.backup", "add one to take backups");
    }
    return backup;
  }

  private static MultipartSettings multipart(ClusterRef cluster, SnapshotRequest request) {
    try {
      return new MultipartSettings(Math.toIntExact(request.partSize()), request.concurrency());
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw BackupTargets.invalid(
          cluster,
          "has unusable spec.backup.target.partSize or concurrency (" + e.getMessage() + ")",
          "use a part size of at least 5 MiB and below 2 GiB and a concurrency of at least 1");
    }
  }

  private static RetentionPolicy retentionPolicy(ClusterRef cluster, BackupSpec backup) {
    try {
      return RetentionPolicy.of(backup.getRetention());
    } catch (IllegalArgumentException e) {
      throw BackupTargets.invalid(
          cluster,
          "has an unusable spec.backup.retention (" + e.getMessage() + ")",
          "give maxAge as a Go duration such as 168h and maxCount as 0 or more");
    }
  }
}
