package org.baoflow.lane.sim.kube;

import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The status subresource rules the fabric8 mock applies only to CRDs that declare one: which
 * built-in kinds have it, and the optimistic-lock check on status writes.
 */
final class StatusSubresource {
  // group + "/" + resource of the built-in kinds BaoFlow and the kubelet simulator write status on.
  private static final Set<String> BUILT_IN =
      Set.of(
          "apps/statefulsets", "apps/deployments", "/pods", "/persistentvolumeclaims", "/services");

  private StatusSubresource() {}

  /** Whether {@code path} names a built-in kind whose status lives in a subresource. */
  static boolean builtIn(ApiPath path) {
    return BUILT_IN.contains(path.group() + "/" + path.resource());
  }

  /**
   * Throws a 409 conflict when a status write carries a resourceVersion other than the stored one
   * (a write without one is unconditional, as on a real server).
   */
  static void rejectStale(ApiPath path, JsonNode current, JsonNode written) {
    String sent = written.path("metadata").path("resourceVersion").asString("");
    String stored = current.path("metadata").path("resourceVersion").asString("");
    if (!sent.isEmpty() && !sent.equals(stored)) {
      throw ApiRejection.conflict(path);
    }
  }
}
