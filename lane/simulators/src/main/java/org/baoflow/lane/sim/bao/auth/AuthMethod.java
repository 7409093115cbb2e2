package org.baoflow.lane.sim.bao.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Capability;

/**
 * The logic behind one auth mount, {@code auth/<mount>/<subPath>}. An instance serves one request
 * and keeps nothing itself: its config, roles and users live in the mount's storage view.
 */
interface AuthMethod {

  /** Whether the sub-path is served without a token, as login paths are. */
  boolean unauthenticated(String subPath);

  /** Serves a request on the mount. */
  BaoResponse handle(Capability operation, String subPath, ObjectNode data);
}
