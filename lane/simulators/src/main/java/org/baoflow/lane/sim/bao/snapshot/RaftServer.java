package org.baoflow.lane.sim.bao.snapshot;

/**
 * A server of the raft configuration recorded in {@code meta.json}; {@code suffrage} is
 * hashicorp/raft's enum (0 voter, 1 non-voter, 2 staging).
 */
public record RaftServer(int suffrage, String id, String address) {

  /** A voter. */
  public static RaftServer voter(String id, String address) {
    return new RaftServer(0, id, address);
  }
}
