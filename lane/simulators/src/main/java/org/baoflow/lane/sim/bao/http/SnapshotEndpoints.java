package org.baoflow.lane.sim.bao.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.baoflow.lane.sim.bao.BaoCluster;
import org.baoflow.lane.sim.bao.BaoException;
import org.baoflow.lane.sim.bao.SimNode;
import org.baoflow.lane.sim.bao.logical.Capability;
import org.baoflow.lane.sim.bao.raft.RaftSnapshot;
import org.baoflow.lane.sim.bao.snapshot.RaftServer;
import org.baoflow.lane.sim.bao.snapshot.RaftState;
import org.baoflow.lane.sim.bao.snapshot.RestoreMode;
import org.baoflow.lane.sim.bao.snapshot.Snapshot;
import org.baoflow.lane.sim.bao.snapshot.SnapshotReader;
import org.baoflow.lane.sim.bao.snapshot.SnapshotWriter;

/**
 * {@code sys/storage/raft/snapshot} and {@code snapshot-force}: served by the active node only (a
 * standby always redirects, reference §1.5). A snapshot streams the cluster's storage in OpenBao's
 * format, its checksums sealed by the node's own seal; a restore is validated with the node's seal
 * (a checked restore must open {@code SHA256SUMS.sealed}), answered 204, then applied in the
 * background.
 */
final class SnapshotEndpoints {
  private static final String SNAPSHOT = "sys/storage/raft/snapshot";
  private static final List<String> WRITE = List.of("PUT", "POST");

  private final SimNode node;

  SnapshotEndpoints(SimNode node) {
    this.node = node;
  }

  void register(Routes routes) {
    routes
        .add(SNAPSHOT, List.of("GET"), this::save)
        .add(SNAPSHOT, WRITE, exchange -> restore(exchange, RestoreMode.CHECKED))
        .add(SNAPSHOT + "-force", WRITE, exchange -> restore(exchange, RestoreMode.FORCE));
  }

  private void save(BaoExchange exchange) {
    if (!activeAndAuthorized(exchange, Capability.READ)) {
      return;
    }
    BaoCluster cluster = node.unsealedCluster().orElseThrow(BaoException::sealed);
    RaftState raft = raftState(cluster.raft().snapshot());
    try {
      exchange.stream(
          "application/gzip",
          out ->
              new SnapshotWriter(node.ownSeal(), node.environment().clock())
                  .write(out, raft, cluster.storage().entries()));
    } catch (IOException e) {
      // The client went away mid-stream; the status line is already sent, nothing to answer.
    }
  }

  private void restore(BaoExchange exchange, RestoreMode mode) {
    if (!activeAndAuthorized(exchange, Capability.UPDATE)) {
      return;
    }
    Snapshot snapshot;
    try {
      snapshot =
          new SnapshotReader(node.ownSeal())
              .read(new ByteArrayInputStream(exchange.rawBody()), mode);
    } catch (IOException e) {
      throw BaoException.of(400, e.getMessage());
    }
    exchange.noContent();
    Thread apply =
        new Thread(
            () -> node.applyRestore(snapshot.entries()), "restore-" + node.identity().nodeId());
    apply.setDaemon(true);
    apply.start();
  }

  /**
   * The checks before a snapshot call: root namespace, 503 while sealed or leaderless, a redirect
   * from a standby (answered here, hence false), then the token's ACL.
   */
  private boolean activeAndAuthorized(BaoExchange exchange, Capability capability) {
    Guards.rootNamespace(exchange);
    LogicalRouter.Target target = new LogicalRouter(node).target();
    if (!target.self()) {
      exchange.redirect(target.leaderApiAddress());
      return false;
    }
    BaoCluster cluster = node.unsealedCluster().orElseThrow(BaoException::sealed);
    if (cluster
        .auth()
        .authorize(exchange.token().orElse(null), capability, exchange.path())
        .isPresent()) {
      throw BaoException.permissionDenied();
    }
    return true;
  }

  private static RaftState raftState(RaftSnapshot raft) {
    return new RaftState(
        raft.commitIndex(),
        raft.term(),
        raft.servers().stream()
            .map(
                server ->
                    new RaftServer(
                        server.suffrage().votes() ? 0 : 1, server.nodeId(), server.address()))
            .toList(),
        raft.configurationIndex());
  }
}
