package org.baoflow.activities.backup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.baoflow.activities.storage.StoredObject;
import org.baoflow.workflows.backup.BackupManifest;
import org.baoflow.workflows.backup.BackupObjectKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Lists a cluster's prefix and reads the manifests directly under it. A manifest that does not
 * read, or that describes an object other than the one beside it, is skipped and logged (by key and
 * reason): it is nobody's backup, and its object is not taken for one without a manifest either.
 */
final class ManifestScan {
  private static final Logger LOG = LoggerFactory.getLogger(ManifestScan.class);
  private static final String MANIFEST = ".json";

  private ManifestScan() {}

  /** The listing of {@code store}'s cluster prefix, heartbeating the manifests read. */
  static PrefixListing scan(BackupStore store, Heartbeat heartbeat) {
    String prefix = store.clusterPrefix();
    List<StoredObject> objects = store.objects().list();
    Set<String> keys = objects.stream().map(StoredObject::key).collect(Collectors.toSet());
    List<BackupManifest> manifests = new ArrayList<>();
    List<org.baoflow.workflows.backup.StoredObject> withoutManifest = new ArrayList<>();
    for (StoredObject object : objects) {
      String key = object.key();
      if (isManifestUnder(prefix, key)) {
        read(store, key).ifPresent(manifests::add);
        heartbeat.beat("read manifest " + key);
      } else if (BackupObjectKeys.isSnapshotUnder(prefix, key)
          && !keys.contains(BackupObjectKeys.ofSnapshot(key).manifest())) {
        withoutManifest.add(
            new org.baoflow.workflows.backup.StoredObject(key, object.lastModified()));
      }
    }
    return new PrefixListing(manifests, withoutManifest);
  }

  private static boolean isManifestUnder(String prefix, String key) {
    return key.startsWith(prefix)
        && key.indexOf('/', prefix.length()) < 0
        && key.endsWith(MANIFEST)
        && key.length() > prefix.length() + MANIFEST.length();
  }

  private static Optional<BackupManifest> read(BackupStore store, String key) {
    byte[] json;
    try {
      json =
          store
              .s3()
              .getObjectAsBytes(request -> request.bucket(store.bucket()).key(key))
              .asByteArray();
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    }
    try {
      BackupManifest manifest = ManifestCodec.read(json);
      String expected = BackupObjectKeys.ofSnapshot(manifest.objectKey()).manifest();
      if (!expected.equals(key)) {
        LOG.warn(
            "skipping backup manifest {}: it describes object {}, not the one beside it",
            key,
            manifest.objectKey());
        return Optional.empty();
      }
      return Optional.of(manifest);
    } catch (ManifestCodec.UnreadableManifestException | IllegalArgumentException e) {
      LOG.warn("skipping unreadable backup manifest {}: {}", key, e.getMessage());
      return Optional.empty();
    }
  }
}
