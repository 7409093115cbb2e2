package org.baoflow.lane.sim.bao.faults;

import java.util.Objects;
import java.util.Optional;

/**
 * The requests an endpoint fault applies to: those reaching one node (by raft node id, which the
 * lane's rendered configs set to the pod name) or any node, on a path that starts with a prefix.
 *
 * <p>The kubelet's probes and the service-registration reads ({@code User-Agent: kube-probe/...})
 * are left alone unless the target includes them, so a fault meant for a client is not used up by
 * the lane's own polling at a rate the test does not control.
 *
 * @param nodeId the node's raft id; empty for any node
 * @param pathPrefix the start of the path after {@code /v1/}, e.g. {@code sys/health}; empty for
 *     every path
 * @param includesProbes whether the kubelet's requests match too
 */
public record BaoFaultTarget(Optional<String> nodeId, String pathPrefix, boolean includesProbes) {

  private static final String PROBE_AGENT = "kube-probe/";

  public BaoFaultTarget {
    Objects.requireNonNull(nodeId, "nodeId");
    Objects.requireNonNull(pathPrefix, "pathPrefix");
    if (pathPrefix.startsWith("/")) {
      throw new IllegalArgumentException(
          "the path prefix comes after /v1/ and has no leading slash: " + pathPrefix);
    }
  }

  /** Requests to the node {@code nodeId} whose path starts with {@code pathPrefix}. */
  public static BaoFaultTarget node(String nodeId, String pathPrefix) {
    return new BaoFaultTarget(
        Optional.of(Objects.requireNonNull(nodeId, "nodeId")), pathPrefix, false);
  }

  /** Requests to any node whose path starts with {@code pathPrefix}. */
  public static BaoFaultTarget anyNode(String pathPrefix) {
    return new BaoFaultTarget(Optional.empty(), pathPrefix, false);
  }

  /** The same target, matching the kubelet's probes as well. */
  public BaoFaultTarget includingProbes() {
    return new BaoFaultTarget(nodeId, pathPrefix, true);
  }

  /**
   * Whether a request matches.
   *
   * @param userAgent the request's {@code User-Agent}, null when it sent none
   */
  boolean matches(String requestNodeId, String path, String userAgent) {
    boolean probe = userAgent != null && userAgent.startsWith(PROBE_AGENT);
    return (includesProbes || !probe)
        && nodeId.map(requestNodeId::equals).orElse(true)
        && path.startsWith(pathPrefix);
  }
}
