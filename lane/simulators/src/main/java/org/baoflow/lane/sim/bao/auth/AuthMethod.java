package org.baoflow.lane.sim.bao.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Capability;

/** The logic behind one auth mount, {@code auth/<mount>/<subPath>}. */
interface AuthMethod {

  /** Whether the sub-path is served without a token, as login paths are. */
  boolean unauthenticated(String subPath);

  /**
   * Serves a request on the mount.
   *
   * @param mountPath the mount path with its trailing slash, e.g. {@code jwt-operator/}
   */
  BaoResponse handle(Capability operation, String mountPath, String subPath, ObjectNode data);
}
