package org.baoflow.lane.sim.bao.http;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baoflow.lane.sim.bao.BaoException;

/**
 * The API paths a node answers with its own handlers rather than the logical router, and the
 * methods each accepts; another method is 405.
 */
final class Routes {
  private final Map<String, Map<String, Endpoint>> routes = new HashMap<>();

  /** Serves {@code path} (after {@code /v1/}) for each of {@code methods}. */
  Routes add(String path, List<String> methods, Endpoint endpoint) {
    Map<String, Endpoint> byMethod = routes.computeIfAbsent(path, p -> new HashMap<>());
    methods.forEach(method -> byMethod.put(method, endpoint));
    return this;
  }

  /**
   * The endpoint for the request, empty when the path is a logical one; the 405 OpenBao answers
   * with an empty errors array when the path has a handler but not for this method.
   */
  Optional<Endpoint> resolve(String path, String method) {
    return Optional.ofNullable(routes.get(path))
        .map(
            byMethod ->
                Optional.ofNullable(byMethod.get(method))
                    .orElseThrow(() -> new BaoException(405, List.of())));
  }
}
