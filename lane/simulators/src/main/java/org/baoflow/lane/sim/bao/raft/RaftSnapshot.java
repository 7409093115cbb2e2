package org.baoflow.lane.sim.bao.raft;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A consistent view of a simulated raft cluster at one instant.
 *
 * @param servers the members in the order they joined
 * @param leader the leader's node id, empty while there is none
 * @param term the current election term
 * @param commitIndex the last committed log index
 * @param configurationIndex the index of the latest membership change
 * @param leaderSince when the current leader took over
 * @param at the instant of this view
 */
public record RaftSnapshot(
    List<RaftServer> servers,
    Optional<String> leader,
    long term,
    long commitIndex,
    long configurationIndex,
    Optional<Instant> leaderSince,
    Instant at) {

  /** Copies the list. */
  public RaftSnapshot {
    servers = List.copyOf(servers);
  }

  /** The member with this id. */
  public Optional<RaftServer> server(String nodeId) {
    return servers.stream().filter(server -> server.nodeId().equals(nodeId)).findFirst();
  }

  /** The leader's member entry. */
  public Optional<RaftServer> leaderServer() {
    return leader.flatMap(this::server);
  }

  /** The voters' ids in join order. */
  public List<String> voters() {
    return servers.stream().filter(s -> s.suffrage().votes()).map(RaftServer::nodeId).toList();
  }

  /** How many more voters may fail before quorum is lost; 0 when none may. */
  public int failureTolerance() {
    long voters = servers.stream().filter(s -> s.suffrage().votes()).count();
    long healthy = servers.stream().filter(s -> s.suffrage().votes() && s.alive()).count();
    return (int) Math.max(0, healthy - (voters / 2 + 1));
  }
}
