package org.baoflow.lane.sim.bao;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The running nodes of a lane by API address: how a joining node reaches the leader it was given
 * without real networking between nodes.
 */
public final class BaoNetwork {
  private final Map<String, SimNode> nodes = new ConcurrentHashMap<>();

  void attach(SimNode node) {
    nodes.put(node.identity().apiAddress(), node);
  }

  void detach(SimNode node) {
    nodes.remove(node.identity().apiAddress(), node);
  }

  /** Every running node. */
  public List<SimNode> nodes() {
    return List.copyOf(nodes.values());
  }

  /** The running node answering at {@code apiAddress}. */
  public Optional<SimNode> node(String apiAddress) {
    return Optional.ofNullable(nodes.get(apiAddress));
  }
}
