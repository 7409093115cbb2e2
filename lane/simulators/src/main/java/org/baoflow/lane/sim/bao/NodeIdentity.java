package org.baoflow.lane.sim.bao;

/**
 * Who a node is in its cluster.
 *
 * @param nodeId the raft node id
 * @param apiAddress the {@code api_addr}, e.g. {@code https://bao-0.bao-internal:8200}
 * @param clusterAddress the raft address, {@code host:8201}
 */
public record NodeIdentity(String nodeId, String apiAddress, String clusterAddress) {}
