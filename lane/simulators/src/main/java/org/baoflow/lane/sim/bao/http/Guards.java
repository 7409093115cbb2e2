package org.baoflow.lane.sim.bao.http;

import org.baoflow.lane.sim.bao.BaoException;

/** The checks OpenBao makes before a root-only handler runs. */
final class Guards {
  private Guards() {}

  /** Root-only APIs refuse a namespace header. */
  static void rootNamespace(BaoExchange exchange) {
    if (exchange.header("X-Vault-Namespace").isPresent()) {
      throw BaoException.of(400, "operation unavailable in namespaces");
    }
  }

  /** Whether a logical path is root-only: raft storage and step-down. */
  static boolean rootOnly(String path) {
    return path.startsWith("sys/storage/") || path.equals("sys/step-down");
  }
}
