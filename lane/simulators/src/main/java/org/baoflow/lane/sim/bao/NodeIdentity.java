package org.baoflow.lane.sim.bao;

import java.net.URI;
import org.baoflow.lane.sim.node.NodeConfig;

/**
 * Who a node is in its cluster.
 *
 * @param nodeId the raft node id
 * @param apiAddress the {@code api_addr}, e.g. {@code https://bao-0.bao-internal:8200}
 * @param clusterAddress the raft address, {@code host:8201}
 */
public record NodeIdentity(String nodeId, String apiAddress, String clusterAddress) {

  /**
   * The identity a node's config.hcl gives it: raft {@code node_id}, {@code api_addr} and the host
   * and port of {@code cluster_addr}. The lane needs all three written out (OpenBao would generate
   * a node id and guess the addresses), so a missing one is an {@link IllegalArgumentException}.
   */
  public static NodeIdentity of(NodeConfig config) {
    String nodeId =
        config
            .storage()
            .nodeId()
            .orElseThrow(() -> new IllegalArgumentException("storage \"raft\" has no node_id"));
    String apiAddress =
        config.apiAddr().orElseThrow(() -> new IllegalArgumentException("api_addr is not set"));
    URI clusterAddress =
        URI.create(
            config
                .clusterAddr()
                .orElseThrow(() -> new IllegalArgumentException("cluster_addr is not set")));
    if (clusterAddress.getHost() == null || clusterAddress.getPort() < 0) {
      throw new IllegalArgumentException(
          "cluster_addr must be a URL with a host and a port: " + clusterAddress);
    }
    return new NodeIdentity(
        nodeId, apiAddress, clusterAddress.getHost() + ":" + clusterAddress.getPort());
  }
}
