package org.baoflow.lane.sim.kube.auth;

import java.util.Optional;

/**
 * The contract between the mock API server's dispatcher and the endpoints of this package: a
 * handler answers the requests whose method and path it serves and returns empty for all others, so
 * a dispatcher can offer a request to each handler in turn and fall back to its own routing.
 */
@FunctionalInterface
public interface ApiHandler {

  /** The response to the request, or empty when this handler does not serve its method and path. */
  Optional<ApiResponse> handle(ApiRequest request);
}
