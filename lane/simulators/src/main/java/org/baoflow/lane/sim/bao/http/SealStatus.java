package org.baoflow.lane.sim.bao.http;

import java.util.LinkedHashMap;
import java.util.Map;
import org.baoflow.lane.sim.bao.BaoCluster;
import org.baoflow.lane.sim.bao.SimNode;

/** The body of {@code sys/seal-status}, which {@code sys/unseal} answers too. */
final class SealStatus {
  private SealStatus() {}

  static Map<String, Object> of(SimNode node) {
    boolean initialized = node.initialized();
    boolean sealed = node.sealed();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", node.sealType());
    body.put("initialized", initialized);
    body.put("sealed", sealed);
    // For an auto-unseal seal t and n describe the recovery shares.
    body.put("t", node.cluster().map(BaoCluster::recoveryThreshold).orElse(0));
    body.put("n", node.cluster().map(BaoCluster::recoveryShares).orElse(0));
    body.put("progress", node.unsealProgress());
    body.put("nonce", "");
    body.put("version", node.environment().version());
    body.put("commit_date", node.environment().commitDate());
    body.put("migration", false);
    node.unsealedCluster()
        .ifPresent(
            cluster -> {
              body.put("cluster_name", cluster.name());
              body.put("cluster_id", cluster.id());
            });
    body.put("recovery_seal", true);
    body.put("recovery_seal_type", "shamir");
    body.put("storage_type", "raft");
    return body;
  }
}
