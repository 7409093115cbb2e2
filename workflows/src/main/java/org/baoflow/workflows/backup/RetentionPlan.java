package org.baoflow.workflows.backup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baoflow.workflows.model.ClusterRef;

/**
 * What retention deletes after a backup, decided from a listing of the cluster's prefix alone.
 *
 * <p>A backup is a manifest naming this cluster's uid and Kubernetes cluster whose object lies
 * directly under the cluster's prefix; names are never parsed, so a manifest of another incarnation
 * (same name, other uid) or another Kubernetes cluster is neither counted nor deleted. Backups are
 * ranked newest first by start time; the one just written is always kept and counts first. Of the
 * others, one is deleted when it started longer than {@code maxAge} before now, or when {@code
 * maxCount} newer ones are kept. Pre-upgrade and manual backups count like scheduled ones.
 *
 * <p>An object without a manifest is an upload that failed or is still being verified: it never
 * counts as a backup, and it is deleted once it is older than the grace period (never the one just
 * written).
 *
 * <p>Delete {@link #manifests} before {@link #objects}: an object whose manifest is gone is merely
 * incomplete and cleaned up later, while a manifest whose object is gone would claim a backup that
 * does not exist.
 *
 * @param manifests manifest keys to delete
 * @param objects snapshot object keys to delete (of deleted backups, then incomplete ones)
 * @param kept snapshot object keys of the backups kept, newest first
 */
public record RetentionPlan(List<String> manifests, List<String> objects, List<String> kept) {
  private static final Comparator<BackupManifest> NEWEST_FIRST =
      Comparator.comparing(BackupManifest::startedAt)
          .thenComparing(BackupManifest::objectKey)
          .reversed();

  public RetentionPlan {
    manifests = List.copyOf(manifests);
    objects = List.copyOf(objects);
    kept = List.copyOf(kept);
  }

  /**
   * Plans retention for {@code cluster}.
   *
   * @param cluster the cluster whose backups to select
   * @param clusterPrefix its prefix, from {@link BackupObjectKeys#clusterPrefix}
   * @param manifests the manifests read under the prefix (an unreadable one is left out, and its
   *     object must then not be passed as without manifest: nothing of it is touched)
   * @param withoutManifest snapshot objects under the prefix that have no manifest
   * @param justWritten the snapshot key of the backup that just completed
   * @param now the workflow's time, which ages are measured from
   * @param policy the limits
   */
  public static RetentionPlan of(
      ClusterRef cluster,
      String clusterPrefix,
      List<BackupManifest> manifests,
      List<StoredObject> withoutManifest,
      String justWritten,
      Instant now,
      RetentionPolicy policy) {
    List<String> manifestsToDelete = new ArrayList<>();
    List<String> objectsToDelete = new ArrayList<>();
    List<String> kept = new ArrayList<>(List.of(justWritten));
    for (BackupManifest backup : others(ours(cluster, clusterPrefix, manifests), justWritten)) {
      boolean full = policy.maxCount() > 0 && kept.size() >= policy.maxCount();
      boolean old =
          policy
              .maxAge()
              .filter(maxAge -> backup.startedAt().plus(maxAge).isBefore(now))
              .isPresent();
      if (full || old) {
        manifestsToDelete.add(BackupObjectKeys.ofSnapshot(backup.objectKey()).manifest());
        objectsToDelete.add(backup.objectKey());
      } else {
        kept.add(backup.objectKey());
      }
    }
    for (StoredObject object : withoutManifest) {
      if (BackupObjectKeys.isSnapshotUnder(clusterPrefix, object.key())
          && !object.key().equals(justWritten)
          && object.lastModified().plus(policy.incompleteGrace()).isBefore(now)) {
        objectsToDelete.add(object.key());
      }
    }
    return new RetentionPlan(manifestsToDelete, objectsToDelete, kept);
  }

  /** This incarnation's backups under the prefix, one per object key, newest first. */
  private static List<BackupManifest> ours(
      ClusterRef cluster, String clusterPrefix, List<BackupManifest> manifests) {
    Map<String, BackupManifest> byObject = new LinkedHashMap<>();
    for (BackupManifest manifest : manifests) {
      if (manifest.uid().equals(cluster.uid())
          && manifest.kubernetesCluster().equals(cluster.kubernetesCluster())
          && BackupObjectKeys.isSnapshotUnder(clusterPrefix, manifest.objectKey())) {
        byObject.putIfAbsent(manifest.objectKey(), manifest);
      }
    }
    return byObject.values().stream().sorted(NEWEST_FIRST).toList();
  }

  private static List<BackupManifest> others(List<BackupManifest> backups, String justWritten) {
    return backups.stream().filter(backup -> !backup.objectKey().equals(justWritten)).toList();
  }
}
