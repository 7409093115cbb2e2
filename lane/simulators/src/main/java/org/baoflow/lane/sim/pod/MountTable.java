package org.baoflow.lane.sim.pod;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A container's view of its filesystem: which mount serves a container path (the longest mount path
 * that covers it, as the kernel's mount table would), and back from a host path.
 *
 * @param readOnlyRootFilesystem whether paths outside every mount are read-only
 */
record MountTable(List<Mount> mounts, boolean readOnlyRootFilesystem) {

  MountTable {
    mounts =
        mounts.stream()
            .sorted(Comparator.comparingInt((Mount m) -> m.containerPath().length()).reversed())
            .toList();
  }

  /** The mount serving {@code path}; {@code path} must be absolute. */
  Optional<Mount> mountOf(String path) {
    String normalized = normalize(path);
    return mounts.stream().filter(m -> m.covers(normalized)).findFirst();
  }

  /** The mount whose path is exactly {@code containerPath}. */
  Mount exactly(String containerPath) {
    return mounts.stream()
        .filter(m -> m.containerPath().equals(containerPath))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no mount at " + containerPath));
  }

  /** The host path behind a container path, if a mount serves it. */
  Optional<Path> hostPath(String path) {
    String normalized = normalize(path);
    return mountOf(normalized).map(m -> m.hostPathOf(normalized));
  }

  /** Whether the container may write at {@code path}. */
  boolean writable(String path) {
    return mountOf(path).map(Mount::writable).orElse(!readOnlyRootFilesystem);
  }

  /** The container path of a host path inside one of the mounts, if it is inside one. */
  Optional<String> containerPath(Path host) {
    Path normalized = host.toAbsolutePath().normalize();
    return mounts.stream()
        .filter(m -> normalized.startsWith(m.hostPath()))
        // The deepest host directory: a subPath mount lies inside its volume's directory.
        .max(Comparator.comparingInt(m -> m.hostPath().getNameCount()))
        .map(
            m -> {
              Path relative = m.hostPath().relativize(normalized);
              String base = m.containerPath();
              if (relative.toString().isEmpty()) {
                return base;
              }
              return ("/".equals(base) ? "" : base) + "/" + relative.toString().replace('\\', '/');
            });
  }

  /**
   * {@code path} as the kernel resolves it, without following links: {@code .} and {@code ..}
   * removed, so {@code /etc/bao/tls/../../passwd} cannot climb out of a mount.
   */
  static String normalize(String path) {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("not an absolute container path: " + path);
    }
    String normalized = Path.of(path).normalize().toString().replace('\\', '/');
    return normalized.isEmpty() ? "/" : normalized;
  }
}
