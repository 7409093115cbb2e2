package org.baoflow.lane.sim.bao.http;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baoflow.lane.sim.bao.BaoException;

/** The API paths a node serves and the methods each accepts; others get 404 or 405. */
final class Routes {
  private final Map<String, Map<String, Endpoint>> routes = new HashMap<>();

  /** Serves {@code path} (after {@code /v1/}) for each of {@code methods}. */
  Routes add(String path, List<String> methods, Endpoint endpoint) {
    Map<String, Endpoint> byMethod = routes.computeIfAbsent(path, p -> new HashMap<>());
    methods.forEach(method -> byMethod.put(method, endpoint));
    return this;
  }

  /** The endpoint for the request, or the 404/405 OpenBao answers with an empty errors array. */
  Endpoint resolve(String path, String method) {
    Map<String, Endpoint> byMethod =
        Optional.ofNullable(routes.get(path)).orElseThrow(() -> new BaoException(404, List.of()));
    return Optional.ofNullable(byMethod.get(method))
        .orElseThrow(() -> new BaoException(405, List.of()));
  }
}
