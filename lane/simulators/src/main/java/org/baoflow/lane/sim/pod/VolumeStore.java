package org.baoflow.lane.sim.pod;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.baoflow.lane.sim.bao.NodeStorage;

/**
 * The host side of a lane cluster's volumes: one directory per pod (its emptyDirs and the files the
 * runtime writes for it) that lives as long as the pod's uid, and one directory with OpenBao data
 * per PersistentVolumeClaim that lives as long as the claim's uid. Volumes of objects that are gone
 * are dropped by {@link #retain}.
 */
final class VolumeStore implements AutoCloseable {
  /** A directory and the OpenBao data a node keeps in it. */
  record Volume(Path directory, NodeStorage storage) {}

  private final Path root;
  private final Map<String, Volume> podVolumes = new ConcurrentHashMap<>();
  private final Map<String, Volume> claims = new ConcurrentHashMap<>();

  VolumeStore(Path root) {
    this.root = root;
  }

  /** A store in a fresh temporary directory. */
  static VolumeStore temporary() {
    try {
      return new VolumeStore(Files.createTempDirectory("baoflow-lane-pods-"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the lane's pod directory", e);
    }
  }

  /** The directory of the pod with {@code podUid}, created on first use. */
  Path podDirectory(String podUid) {
    return directory(root.resolve("pods").resolve(safe(podUid)));
  }

  /** An emptyDir volume of a pod: kept across container restarts, dropped with the pod. */
  Volume emptyDir(String podUid, String volume) {
    return podVolumes.computeIfAbsent(
        podUid + "/" + volume,
        key ->
            new Volume(
                directory(podDirectory(podUid).resolve("empty-dirs").resolve(safe(volume))),
                new NodeStorage()));
  }

  /** The volume bound to the claim with {@code claimUid}: kept until the claim is deleted. */
  Volume claim(String claimUid) {
    return claims.computeIfAbsent(
        claimUid,
        uid -> new Volume(directory(root.resolve("claims").resolve(safe(uid))), new NodeStorage()));
  }

  /** Drops the volumes of pods and claims whose uids are not in the given sets. */
  void retain(Set<String> podUids, Set<String> claimUids) {
    claims
        .keySet()
        .removeIf(
            uid -> {
              if (claimUids.contains(uid)) {
                return false;
              }
              HostFiles.deleteTree(root.resolve("claims").resolve(safe(uid)));
              return true;
            });
    podVolumes.keySet().removeIf(key -> !podUids.contains(key.substring(0, key.indexOf('/'))));
    Path pods = root.resolve("pods");
    if (Files.isDirectory(pods)) {
      try (var listing = Files.list(pods)) {
        listing
            .filter(dir -> !podUids.contains(dir.getFileName().toString()))
            .forEach(HostFiles::deleteTree);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + pods, e);
      }
    }
  }

  /** Whether a volume is kept for the claim with {@code claimUid}. */
  boolean holdsClaim(String claimUid) {
    return claims.containsKey(claimUid);
  }

  /** Deletes every directory. */
  @Override
  public void close() {
    podVolumes.clear();
    claims.clear();
    HostFiles.deleteTree(root);
  }

  private static Path directory(Path path) {
    try {
      return Files.createDirectories(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + path, e);
    }
  }

  /** A uid or volume name as one path segment: Kubernetes names never hold a slash. */
  private static String safe(String segment) {
    if (segment.isEmpty() || segment.contains("/") || segment.startsWith(".")) {
      throw new IllegalArgumentException("not a name: " + segment);
    }
    return segment;
  }
}
