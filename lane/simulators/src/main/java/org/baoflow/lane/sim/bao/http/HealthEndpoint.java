package org.baoflow.lane.sim.bao.http;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.baoflow.lane.sim.bao.BaoException;
import org.baoflow.lane.sim.bao.SimNode;

/**
 * {@code GET|HEAD sys/health}: the status code chosen by precedence uninitialized, sealed, standby,
 * active with every override OpenBao reads, and the body sent whatever the code.
 */
final class HealthEndpoint implements Endpoint {
  private static final Set<String> TRUE = Set.of("1", "t", "T", "TRUE", "true", "True");
  private static final Set<String> FALSE = Set.of("0", "f", "F", "FALSE", "false", "False");

  private final SimNode node;

  HealthEndpoint(SimNode node) {
    this.node = node;
  }

  @Override
  public void handle(BaoExchange exchange) {
    Guards.rootNamespace(exchange);
    Map<String, String> query = exchange.query();
    boolean standbyOk = standbyOk(query);
    int activeCode = code(query, "activecode", 200);
    int standbyCode = code(query, "standbycode", 429);
    int sealedCode = code(query, "sealedcode", 503);
    int uninitCode = code(query, "uninitcode", 501);
    boolean initialized = node.initialized();
    boolean sealed = node.sealed();
    boolean standby = sealed || !node.active();
    int status = activeCode;
    if (!initialized) {
      status = uninitCode;
    } else if (sealed) {
      status = sealedCode;
    } else if (standby && !standbyOk) {
      status = standbyCode;
    }
    exchange.json(status, body(initialized, sealed, standby));
  }

  private Map<String, Object> body(boolean initialized, boolean sealed, boolean standby) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("initialized", initialized);
    body.put("sealed", sealed);
    body.put("standby", standby);
    // OpenBao has no replication: both modes are always "disabled" (reference §2.4).
    body.put("replication_performance_mode", "disabled");
    body.put("replication_dr_mode", "disabled");
    body.put("server_time_utc", Instant.now(node.environment().clock()).getEpochSecond());
    body.put("version", node.environment().version());
    node.unsealedCluster()
        .ifPresent(
            cluster -> {
              body.put("cluster_name", cluster.name());
              body.put("cluster_id", cluster.id());
            });
    return body;
  }

  private static boolean standbyOk(Map<String, String> query) {
    String value = query.get("standbyok");
    if (value == null || FALSE.contains(value)) {
      return false;
    }
    if (TRUE.contains(value)) {
      return true;
    }
    throw new BaoException(400, List.of());
  }

  private static int code(Map<String, String> query, String name, int fallback) {
    String value = query.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new BaoException(400, List.of());
    }
  }
}
