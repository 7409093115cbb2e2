package org.baoflow.lane.sim.bao.http;

import java.util.Optional;
import org.baoflow.lane.sim.bao.BaoCluster;
import org.baoflow.lane.sim.bao.BaoException;
import org.baoflow.lane.sim.bao.SimNode;
import org.baoflow.lane.sim.bao.logical.BaoRequest;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.raft.RaftServer;
import org.baoflow.lane.sim.bao.raft.RaftSnapshot;

/**
 * The logical request path of one node, without HTTP: 503 while sealed, 503 without a leader, a
 * standby forwards to the active node in-process, and the active node serves the request through
 * the cluster's auth (auth and policy paths; the ACL check for everything else), then its own raft
 * and step-down paths, then the {@link org.baoflow.lane.sim.bao.LogicalBackend} of the secret
 * engines; what none serves is 404.
 */
public final class LogicalRouter {
  private final SimNode node;

  public LogicalRouter(SimNode node) {
    this.node = node;
  }

  /**
   * Where a logical request to this node goes.
   *
   * @param leaderApiAddress the active node's {@code api_addr}, where a standby redirects
   * @param active the running, unsealed active node, empty when it cannot be reached
   */
  record Target(boolean self, String leaderApiAddress, Optional<SimNode> active) {}

  /**
   * The node that serves a logical request to this one.
   *
   * @throws BaoException 503 {@code Vault is sealed} or 503 {@code no active Vault instance found}
   */
  Target target() {
    // The node's own view: a partitioned node hears from no leader and cannot forward.
    RaftSnapshot raft = node.raft().orElseThrow(BaoException::sealed);
    RaftServer leader =
        raft.leaderServer()
            .orElseThrow(() -> BaoException.of(503, "no active Vault instance found"));
    if (leader.nodeId().equals(node.identity().nodeId())) {
      return new Target(true, leader.apiAddress(), Optional.of(node));
    }
    Optional<SimNode> active =
        node.environment().network().node(leader.apiAddress()).filter(SimNode::active);
    return new Target(false, leader.apiAddress(), active);
  }

  /**
   * Serves a request that reached this node in-process, as self-init's requests do: a standby
   * forwards it, and an unreachable active node is 503 {@code no active Vault instance found}.
   */
  public BaoResponse handle(BaoRequest request) {
    try {
      SimNode active =
          target()
              .active()
              .orElseThrow(() -> BaoException.of(503, "no active Vault instance found"));
      return serveOnActive(active, request);
    } catch (BaoException e) {
      return BaoResponse.error(e.status(), e.errors());
    }
  }

  /** Serves the request on the active node. */
  static BaoResponse serveOnActive(SimNode active, BaoRequest request) {
    try {
      BaoCluster cluster = active.unsealedCluster().orElseThrow(BaoException::sealed);
      Optional<BaoResponse> authAnswer = cluster.auth().handle(request);
      if (authAnswer.isPresent()) {
        return authAnswer.get();
      }
      Optional<BaoResponse> denied =
          cluster.auth().authorize(request.token(), request.operation(), request.path());
      if (denied.isPresent()) {
        return denied.get();
      }
      return new RaftPaths(cluster, active.environment().version())
          .handle(request)
          .or(() -> active.environment().backend().handle(request, cluster.barrier()))
          .orElseGet(BaoResponse::notFound);
    } catch (BaoException e) {
      return BaoResponse.error(e.status(), e.errors());
    }
  }
}
