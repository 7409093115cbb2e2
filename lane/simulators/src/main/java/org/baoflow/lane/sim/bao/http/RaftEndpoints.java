package org.baoflow.lane.sim.bao.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baoflow.lane.sim.bao.BaoCluster;
import org.baoflow.lane.sim.bao.BaoException;
import org.baoflow.lane.sim.bao.SimNode;
import org.baoflow.lane.sim.bao.logical.Capability;
import org.baoflow.lane.sim.bao.raft.AutopilotState;
import org.baoflow.lane.sim.bao.raft.RaftSnapshot;
import org.baoflow.lane.sim.bao.raft.SimRaft;

/** The integrated-storage endpoints under {@code sys/storage/raft/}, all root-namespace only. */
final class RaftEndpoints {
  private static final String PREFIX = "sys/storage/raft/";
  private static final List<String> WRITE = List.of("PUT", "POST");

  private final SimNode node;

  RaftEndpoints(SimNode node) {
    this.node = node;
  }

  void register(Routes routes) {
    routes
        .add(PREFIX + "join", WRITE, this::join)
        .add(PREFIX + "configuration", List.of("GET"), this::configuration)
        .add(PREFIX + "remove-peer", WRITE, this::removePeer)
        .add(PREFIX + "promote", WRITE, e -> changeSuffrage(e, SimRaft::promote))
        .add(PREFIX + "demote", WRITE, e -> changeSuffrage(e, SimRaft::demote))
        .add(PREFIX + "autopilot/state", List.of("GET"), this::autopilotState)
        .add(PREFIX + "autopilot/configuration", List.of("GET"), this::autopilotConfiguration)
        .add(PREFIX + "autopilot/configuration", WRITE, this::updateAutopilotConfiguration);
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

  private void configuration(BaoExchange exchange) {
    RaftSnapshot raft = authorized(exchange, Capability.READ).raft().snapshot();
    List<Map<String, Object>> servers =
        raft.servers().stream()
            .map(
                server -> {
                  Map<String, Object> entry = new LinkedHashMap<>();
                  entry.put("node_id", server.nodeId());
                  entry.put("address", server.address());
                  entry.put("leader", raft.leader().filter(server.nodeId()::equals).isPresent());
                  entry.put("protocol_version", "3");
                  entry.put("voter", server.suffrage().votes());
                  return entry;
                })
            .toList();
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("servers", servers);
    config.put("index", raft.configurationIndex());
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("config", config);
    exchange.json(200, Envelope.of(data));
  }

  private void removePeer(BaoExchange exchange) {
    BaoCluster cluster = authorized(exchange, Capability.UPDATE);
    cluster.raft().removePeer(serverId(exchange));
    exchange.noContent();
  }

  private interface SuffrageChange {
    boolean apply(SimRaft raft, String serverId);
  }

  private void changeSuffrage(BaoExchange exchange, SuffrageChange change) {
    BaoCluster cluster = authorized(exchange, Capability.UPDATE);
    String serverId = serverId(exchange);
    if (!change.apply(cluster.raft(), serverId)) {
      throw BaoException.of(500, "server \"" + serverId + "\" not found in raft configuration");
    }
    exchange.noContent();
  }

  private void autopilotState(BaoExchange exchange) {
    RaftSnapshot raft = authorized(exchange, Capability.READ).raft().snapshot();
    exchange.json(200, Envelope.of(AutopilotState.data(raft, node.environment().version())));
  }

  private void autopilotConfiguration(BaoExchange exchange) {
    BaoCluster cluster = authorized(exchange, Capability.READ);
    exchange.json(200, Envelope.of(cluster.raft().autopilotConfig().toData()));
  }

  private void updateAutopilotConfiguration(BaoExchange exchange) {
    BaoCluster cluster = authorized(exchange, Capability.UPDATE);
    SimRaft raft = cluster.raft();
    raft.autopilotConfig(raft.autopilotConfig().update(exchange.body()));
    exchange.noContent();
  }

  private BaoCluster authorized(BaoExchange exchange, Capability capability) {
    Guards.rootNamespace(exchange);
    return Guards.authorized(node, exchange, capability);
  }

  private static String serverId(BaoExchange exchange) {
    String serverId = Bodies.string(Optional.ofNullable(exchange.body().get("server_id")));
    if (serverId.isEmpty()) {
      throw BaoException.of(400, "no server id provided");
    }
    return serverId;
  }
}
