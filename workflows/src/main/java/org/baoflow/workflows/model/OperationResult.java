package org.baoflow.workflows.model;

import java.util.List;
import java.util.Map;
import org.baoflow.workflows.activities.SecretActivities.TlsState;

/**
 * What an operation on a cluster left behind, for the cluster workflow's memory and status.
 *
 * @param tls the cluster's TLS state
 * @param appliedHashes {@code Kind/name} to the managed hash of every resource applied, for drift
 * @param readyReplicas Ready pods at the end
 * @param leader the raft leader's pod at the end
 * @param selfInitialized whether OpenBao initialized itself (bootstrap)
 * @param restartedPods pods restarted, in order
 * @param removedPeers raft peers removed by a scale-down
 */
public record OperationResult(
    TlsState tls,
    Map<String, String> appliedHashes,
    int readyReplicas,
    String leader,
    boolean selfInitialized,
    List<String> restartedPods,
    List<String> removedPeers) {
  public OperationResult {
    appliedHashes = appliedHashes == null ? Map.of() : Map.copyOf(appliedHashes);
    restartedPods = restartedPods == null ? List.of() : List.copyOf(restartedPods);
    removedPeers = removedPeers == null ? List.of() : List.copyOf(removedPeers);
  }
}
