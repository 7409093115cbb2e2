package org.baoflow.lane.sim.bao;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.baoflow.lane.sim.bao.faults.BaoFaults;

/**
 * The running nodes of one lane Kubernetes cluster by API address and by the loopback port their
 * API server listens on: how a joining node reaches the leader it was given, or the node behind a
 * port it dialled, without real networking between nodes. API addresses are cluster DNS names, so
 * two Kubernetes clusters (a DR pair with clusters of the same name) need a network each. It also
 * carries the endpoint faults its nodes' API servers consult, which several networks may share.
 */
public final class BaoNetwork {
  private final BaoFaults faults;
  private final Map<String, SimNode> nodes = new ConcurrentHashMap<>();
  private final Map<Integer, SimNode> listeners = new ConcurrentHashMap<>();

  /** A network with its own endpoint faults. */
  public BaoNetwork() {
    this(new BaoFaults());
  }

  /** A network whose nodes apply {@code faults}. */
  public BaoNetwork(BaoFaults faults) {
    this.faults = faults;
  }

  /** Records that {@code node}'s API server listens on the loopback {@code port}. */
  public void listening(int port, SimNode node) {
    listeners.put(port, node);
  }

  /** Records that the API server on {@code port} closed. */
  public void closed(int port) {
    listeners.remove(port);
  }

  /** The node whose API server listens on the loopback {@code port}: where a TLS dial lands. */
  public Optional<SimNode> nodeListeningOn(int port) {
    return Optional.ofNullable(listeners.get(port));
  }

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

  /** The endpoint faults the nodes' API servers apply to the requests they receive. */
  public BaoFaults faults() {
    return faults;
  }
}
