package org.baoflow.lane.sim.bao.http;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baoflow.lane.sim.bao.BaoCluster;
import org.baoflow.lane.sim.bao.BaoException;
import org.baoflow.lane.sim.bao.InitParams;
import org.baoflow.lane.sim.bao.InitResult;
import org.baoflow.lane.sim.bao.SimNode;
import org.baoflow.lane.sim.bao.logical.Capability;
import org.baoflow.lane.sim.bao.raft.RaftServer;
import org.baoflow.lane.sim.bao.raft.RaftSnapshot;

/** The seal and lifecycle endpoints: init, seal-status, unseal, seal, health and leader. */
final class SysEndpoints {
  private static final List<String> WRITE = List.of("PUT", "POST");

  private final SimNode node;

  SysEndpoints(SimNode node) {
    this.node = node;
  }

  void register(Routes routes) {
    routes
        .add("sys/init", List.of("GET"), this::initStatus)
        .add("sys/init", WRITE, this::initialize)
        .add("sys/seal-status", List.of("GET"), e -> e.json(200, SealStatus.of(node)))
        .add("sys/unseal", WRITE, this::unseal)
        .add("sys/seal", WRITE, this::seal)
        .add("sys/health", List.of("GET", "HEAD"), new HealthEndpoint(node))
        .add("sys/leader", List.of("GET"), this::leader);
  }

  private void initStatus(BaoExchange exchange) {
    Guards.rootNamespace(exchange);
    exchange.json(200, Map.of("initialized", node.initialized()));
  }

  private void initialize(BaoExchange exchange) {
    Guards.rootNamespace(exchange);
    Map<String, Object> body = exchange.body();
    InitResult result =
        node.initialize(
            new InitParams(
                Bodies.integer(body, "secret_shares"),
                Bodies.integer(body, "secret_threshold"),
                Bodies.strings(body, "pgp_keys"),
                Bodies.integer(body, "recovery_shares"),
                Bodies.integer(body, "recovery_threshold"),
                Bodies.strings(body, "recovery_pgp_keys")));
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("keys", List.of());
    response.put("keys_base64", List.of());
    if (!result.recoveryKeysHex().isEmpty()) {
      List<String> base64 = new ArrayList<>();
      result
          .recoveryKeysHex()
          .forEach(
              hex -> base64.add(Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex))));
      response.put("recovery_keys", result.recoveryKeysHex());
      response.put("recovery_keys_base64", base64);
    }
    response.put("root_token", result.rootToken());
    exchange.json(200, response);
  }

  private void unseal(BaoExchange exchange) {
    Guards.rootNamespace(exchange);
    Map<String, Object> body = exchange.body();
    if (Bodies.bool(Bodies.anyCase(body, "reset"), "reset")) {
      node.resetUnseal();
    } else {
      String key = Bodies.string(Bodies.anyCase(body, "key"));
      if (key.isEmpty()) {
        throw BaoException.of(
            400, "'key' must be specified in request body as JSON, or 'reset' set to true");
      }
      node.unsealWithRecoveryShare(UnsealKey.decode(key));
    }
    exchange.json(200, SealStatus.of(node));
  }

  private void seal(BaoExchange exchange) {
    Guards.rootNamespace(exchange);
    BaoCluster cluster = node.unsealedCluster().orElseThrow(BaoException::sealed);
    if (cluster
        .auth()
        .authorize(exchange.token().orElse(null), Capability.UPDATE, exchange.path())
        .isPresent()) {
      throw BaoException.permissionDenied();
    }
    node.seal();
    exchange.noContent();
  }

  private void leader(BaoExchange exchange) {
    RaftSnapshot raft = node.raft().orElseThrow(BaoException::sealed);
    boolean isSelf = raft.leader().filter(node.identity().nodeId()::equals).isPresent();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("ha_enabled", true);
    if (isSelf) {
      body.put("is_self", true);
      raft.leaderSince().ifPresent(since -> body.put("active_time", rfc3339Nano(since)));
    }
    raft.leaderServer()
        .ifPresent(
            leader -> {
              body.put("leader_address", leader.apiAddress());
              body.put("leader_cluster_address", "https://" + leader.address());
            });
    if (raft.commitIndex() > 0) {
      body.put("raft_committed_index", raft.commitIndex());
    }
    long applied = raft.server(node.identity().nodeId()).map(RaftServer::lastIndex).orElse(0L);
    if (applied > 0) {
      body.put("raft_applied_index", applied);
    }
    exchange.json(200, body);
  }

  /** Go's RFC3339Nano: fractional seconds without trailing zeros. */
  static String rfc3339Nano(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT
        .format(instant)
        .replaceFirst("(\\.\\d*?)0+Z$", "$1Z")
        .replaceFirst("\\.Z$", "Z");
  }
}
