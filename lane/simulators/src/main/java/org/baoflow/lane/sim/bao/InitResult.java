package org.baoflow.lane.sim.bao;

import java.util.List;

/**
 * What {@code sys/init} hands out on an auto-unseal node: the root token and the recovery shares in
 * hex (none when {@code recovery_shares} was 0). {@link #toString()} leaves the secrets out.
 */
public record InitResult(String rootToken, List<String> recoveryKeysHex) {

  /** Copies the list. */
  public InitResult {
    recoveryKeysHex = List.copyOf(recoveryKeysHex);
  }

  @Override
  public String toString() {
    return "InitResult[recoveryKeys=" + recoveryKeysHex.size() + "]";
  }
}
