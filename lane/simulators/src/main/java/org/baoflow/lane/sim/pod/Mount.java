package org.baoflow.lane.sim.pod;

import java.nio.file.Path;
import java.util.Optional;
import org.baoflow.lane.sim.bao.NodeStorage;

/**
 * One volume mount of a container, with the host directory the lane put the volume in.
 *
 * @param containerPath the absolute, normalized mount path inside the container
 * @param hostPath the host directory (or file, for a {@code subPath} of a file) behind it
 * @param writable whether the container may write there: a writable volume not mounted read-only
 * @param storage the OpenBao data the volume holds, for volumes that outlive a process
 */
record Mount(String containerPath, Path hostPath, boolean writable, Optional<NodeStorage> storage) {

  /** Whether {@code path} (absolute, normalized) is this mount's path or lies below it. */
  boolean covers(String path) {
    return path.equals(containerPath)
        || "/".equals(containerPath)
        || path.startsWith(containerPath + "/");
  }

  /** The host path of {@code path}, which this mount covers. */
  Path hostPathOf(String path) {
    String relative = path.substring(containerPath.length());
    while (relative.startsWith("/")) {
      relative = relative.substring(1);
    }
    return relative.isEmpty() ? hostPath : hostPath.resolve(relative);
  }
}
