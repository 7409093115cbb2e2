package org.baoflow.lane.sim.bao.raft;

import java.time.Instant;

/**
 * One member of a simulated raft cluster as seen at one instant.
 *
 * @param address the cluster address, {@code host:8201}
 * @param apiAddress the node's {@code api_addr}, which standbys report as the leader's address
 * @param alive whether the node's process is running and reachable
 * @param lastIndex the last log index this server has applied
 * @param lastContact when the leader last heard from it (its death, for a dead server)
 * @param stableSince since when it has been alive without interruption
 */
public record RaftServer(
    String nodeId,
    String address,
    String apiAddress,
    Suffrage suffrage,
    boolean alive,
    long lastIndex,
    Instant lastContact,
    Instant stableSince) {

  RaftServer withSuffrage(Suffrage newSuffrage) {
    return new RaftServer(
        nodeId, address, apiAddress, newSuffrage, alive, lastIndex, lastContact, stableSince);
  }

  RaftServer withAlive(boolean nowAlive, Instant at) {
    return new RaftServer(
        nodeId,
        address,
        apiAddress,
        suffrage,
        nowAlive,
        lastIndex,
        at,
        nowAlive ? at : stableSince);
  }

  RaftServer caughtUp(long index, Instant at) {
    return new RaftServer(nodeId, address, apiAddress, suffrage, alive, index, at, stableSince);
  }

  RaftServer withApiAddress(String newApiAddress) {
    return new RaftServer(
        nodeId, address, newApiAddress, suffrage, alive, lastIndex, lastContact, stableSince);
  }
}
