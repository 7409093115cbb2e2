package org.baoflow.lane.sim.bao.snapshot;

import java.util.List;

/** The raft position and configuration a snapshot records in {@code meta.json}. */
public record RaftState(long index, long term, List<RaftServer> servers, long configurationIndex) {

  public RaftState {
    servers = List.copyOf(servers);
  }
}
