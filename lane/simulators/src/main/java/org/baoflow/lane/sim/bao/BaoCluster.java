package org.baoflow.lane.sim.bao;

import java.util.List;
import org.baoflow.lane.sim.bao.auth.BaoAuth;
import org.baoflow.lane.sim.bao.raft.SimRaft;

/**
 * What the nodes of one initialized cluster share through raft: its identity, the raft itself, the
 * replicated storage (the FSM: physical entries with the root key wrapped by the seal at init), the
 * barrier view of it the active node serves from, the auth logic and the recovery configuration.
 *
 * @param storage the physical entries every member sees, as raft replicates them
 * @param barrier the plaintext view of {@code storage} through an unsealed member's barrier
 * @param recoveryKeys the recovery shares in hex; empty when {@code recovery_shares} was 0
 */
public record BaoCluster(
    String name,
    String id,
    SimRaft raft,
    org.baoflow.lane.sim.bao.storage.NodeStorage storage,
    ClusterBarrier barrier,
    BaoAuth auth,
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
