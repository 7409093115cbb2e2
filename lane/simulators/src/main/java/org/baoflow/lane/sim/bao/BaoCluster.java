package org.baoflow.lane.sim.bao;

import java.util.List;
import org.baoflow.lane.sim.bao.raft.SimRaft;

/**
 * What the nodes of one initialized cluster share through raft: its identity, the raft itself, the
 * token store and the recovery configuration.
 *
 * @param recoveryKeys the recovery shares in hex; empty when {@code recovery_shares} was 0
 */
public record BaoCluster(
    String name,
    String id,
    SimRaft raft,
    Authorizer authorizer,
    int recoveryShares,
    int recoveryThreshold,
    List<String> recoveryKeys) {

  /** Copies the list. */
  public BaoCluster {
    recoveryKeys = List.copyOf(recoveryKeys);
  }

  /** Leaves the recovery keys out. */
  @Override
  public String toString() {
    return "BaoCluster[name=" + name + ", id=" + id + "]";
  }
}
