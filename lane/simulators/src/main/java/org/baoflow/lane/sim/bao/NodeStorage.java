package org.baoflow.lane.sim.bao;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A node's data directory, the part of a node that outlives its process (the pod's volume): once
 * the node is initialized or has joined, it holds the cluster it belongs to.
 */
public final class NodeStorage {
  private final AtomicReference<BaoCluster> cluster = new AtomicReference<>();

  /** The cluster this storage belongs to, empty while it is uninitialized. */
  public Optional<BaoCluster> cluster() {
    return Optional.ofNullable(cluster.get());
  }

  /** Records the cluster; false when the storage already belonged to one. */
  boolean bind(BaoCluster newCluster) {
    return cluster.compareAndSet(null, newCluster);
  }
}
