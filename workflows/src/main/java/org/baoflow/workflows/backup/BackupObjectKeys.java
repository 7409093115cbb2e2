package org.baoflow.workflows.backup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.baoflow.workflows.model.ClusterRef;

/**
 * The two objects of one backup: {@code <base>.snap}, the snapshot, and {@code <base>.json}, its
 * {@link BackupManifest}, where the base is {@code <pathPrefix>/<k8s>/<ns>/<cluster>/<UTC
 * timestamp>-<suffix>}. Every cluster has its own prefix (ending in {@code /}, so {@code dev} never
 * lists {@code dev-2}), so the source and target of a DR pair sharing a bucket never list or delete
 * each other's objects. The timestamp, such as {@code 20261123T041500Z}, sorts lexicographically in
 * time order and has only characters that are safe in S3 keys.
 *
 * @param base the key without extension
 */
public record BackupObjectKeys(String base) {
  private static final String SNAPSHOT = ".snap";
  private static final String MANIFEST = ".json";
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");
  private static final Pattern SUFFIX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Pattern UNSAFE_RUN = Pattern.compile("[^A-Za-z0-9._-]+");
  private static final int SANITIZED_LENGTH = 40;

  public BackupObjectKeys {
    if (base == null || base.isEmpty() || base.endsWith("/")) {
      throw new IllegalArgumentException("a backup key base needs a name, got '" + base + "'");
    }
  }

  /** The snapshot object's key. */
  public String snapshot() {
    return base + SNAPSHOT;
  }

  /** The manifest's key. */
  public String manifest() {
    return base + MANIFEST;
  }

  /**
   * The prefix of every backup of {@code cluster}: {@code <pathPrefix>/<k8s>/<ns>/<name>/}. Empty
   * segments of {@code pathPrefix} (leading, trailing or doubled slashes) are dropped; a null or
   * blank one means the bucket's root.
   */
  public static String clusterPrefix(String pathPrefix, ClusterRef cluster) {
    String prefix =
        pathPrefix == null
            ? ""
            : Arrays.stream(pathPrefix.trim().split("/"))
                .filter(segment -> !segment.isEmpty())
                .map(segment -> segment + "/")
                .collect(Collectors.joining());
    return prefix
        + cluster.kubernetesCluster()
        + "/"
        + cluster.namespace()
        + "/"
        + cluster.name()
        + "/";
  }

  /** The keys of the backup at {@code time} under {@code clusterPrefix}, told apart by suffix. */
  public static BackupObjectKeys of(String clusterPrefix, Instant time, String suffix) {
    if (!clusterPrefix.endsWith("/")) {
      throw new IllegalArgumentException(
          "a cluster prefix ends with '/', got '" + clusterPrefix + "'");
    }
    if (suffix == null || !SUFFIX.matcher(suffix).matches()) {
      throw new IllegalArgumentException(
          "a backup suffix has letters, digits, '.', '_' and '-' only, got '" + suffix + "'");
    }
    return new BackupObjectKeys(clusterPrefix + timestamp(time) + "-" + suffix);
  }

  /**
   * The keys of the snapshot object {@code snapshotKey}.
   *
   * @throws IllegalArgumentException when it does not end in {@code .snap}
   */
  public static BackupObjectKeys ofSnapshot(String snapshotKey) {
    if (!isSnapshot(snapshotKey)) {
      throw new IllegalArgumentException("a snapshot key ends in .snap, got '" + snapshotKey + "'");
    }
    return new BackupObjectKeys(snapshotKey.substring(0, snapshotKey.length() - SNAPSHOT.length()));
  }

  /**
   * Whether {@code key} is a snapshot object directly under {@code clusterPrefix}, the only objects
   * retention and DeleteAll may delete (a key in a deeper folder or with another extension is not
   * BaoFlow's).
   */
  public static boolean isSnapshotUnder(String clusterPrefix, String key) {
    return key != null
        && key.startsWith(clusterPrefix)
        && key.indexOf('/', clusterPrefix.length()) < 0
        && isSnapshot(key);
  }

  private static boolean isSnapshot(String key) {
    return key != null && key.endsWith(SNAPSHOT) && key.length() > SNAPSHOT.length();
  }

  /** {@code time} in UTC to the second, such as {@code 20261123T041500Z}. */
  public static String timestamp(Instant time) {
    return STAMP.format(Objects.requireNonNull(time, "time"));
  }

  /**
   * The suffix of a backup: {@code scheduled} (its timestamp is the fire time, which the workflow
   * ID also names, so a retry reuses the key), {@code manual-<requestId>} or {@code
   * pre-upgrade-<id>}. {@code id} is ignored for scheduled backups; a request id with characters
   * unsafe in keys, or longer than 63, is shortened to its safe characters plus 8 hex digits of its
   * SHA-256, so distinct ids keep distinct keys.
   */
  public static String suffix(BackupReason reason, String id) {
    if (reason == BackupReason.SCHEDULED) {
      return reason.label();
    }
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException("a " + reason.label() + " backup needs an id");
    }
    return reason.label() + "-" + safe(id);
  }

  private static String safe(String id) {
    if (SAFE_ID.matcher(id).matches()) {
      return id;
    }
    String kept = UNSAFE_RUN.matcher(id).replaceAll("-").replaceAll("^[-._]+", "");
    String shortened = kept.substring(0, Math.min(kept.length(), SANITIZED_LENGTH));
    return (shortened.isEmpty() ? "" : shortened + "-") + sha256Hex8(id);
  }

  private static String sha256Hex8(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
