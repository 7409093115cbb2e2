package org.baoflow.lane.sim.bao.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baoflow.lane.sim.bao.BaoException;
import org.baoflow.lane.sim.bao.SimNode;

/**
 * The integrated-storage endpoints a node answers itself rather than through the logical router:
 * {@code sys/storage/raft/join}, which needs no token and acts on the joining node.
 */
final class RaftEndpoints {
  private static final List<String> WRITE = List.of("PUT", "POST");

  private final SimNode node;

  RaftEndpoints(SimNode node) {
    this.node = node;
  }

  void register(Routes routes) {
    routes.add("sys/storage/raft/join", WRITE, this::join);
  }

  private void join(BaoExchange exchange) {
    Guards.rootNamespace(exchange);
    Map<String, Object> body = exchange.body();
    String scheme = Bodies.string(Optional.ofNullable(body.get("auto_join_scheme")));
    if (!scheme.isEmpty() && !scheme.equals("http") && !scheme.equals("https")) {
      throw BaoException.of(400, "invalid scheme '" + scheme + "'; must either be http or https");
    }
    boolean nonVoter = Bodies.bool(Optional.ofNullable(body.get("non_voter")), "non_voter");
    String leader = Bodies.string(Optional.ofNullable(body.get("leader_api_addr")));
    exchange.json(200, Map.of("joined", node.join(leader, nonVoter)));
  }
}
