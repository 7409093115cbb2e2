package org.baoflow.lane.sim.bao.http;

import org.baoflow.lane.sim.bao.BaoCluster;
import org.baoflow.lane.sim.bao.BaoException;
import org.baoflow.lane.sim.bao.SimNode;
import org.baoflow.lane.sim.bao.logical.Capability;

/** The checks OpenBao makes before a handler runs, in its order. */
final class Guards {
  private Guards() {}

  /** Root-only APIs refuse a namespace header. */
  static void rootNamespace(BaoExchange exchange) {
    if (exchange.header("X-Vault-Namespace").isPresent()) {
      throw BaoException.of(400, "operation unavailable in namespaces");
    }
  }

  /**
   * An authenticated request that the active node serves: 503 when this node is sealed (before any
   * token check), 503 when a standby knows no active node, then 403 unless the token grants {@code
   * capability} on the path. Returns the cluster to act on.
   */
  static BaoCluster authorized(SimNode node, BaoExchange exchange, Capability capability) {
    BaoCluster cluster = node.unsealedCluster().orElseThrow(BaoException::sealed);
    if (cluster.raft().snapshot().leader().isEmpty()) {
      throw BaoException.of(503, "no active Vault instance found");
    }
    if (cluster
        .auth()
        .authorize(exchange.token().orElse(null), capability, exchange.path())
        .isPresent()) {
      throw BaoException.permissionDenied();
    }
    return cluster;
  }
}
