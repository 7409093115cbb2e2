package org.baoflow.lane.sim.bao.engines;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Capability;
import org.baoflow.lane.sim.bao.storage.LogicalStorage;

/** The logic of one secrets engine type, serving the paths under one of its mounts. */
interface SecretEngine {

  /**
   * @param subPath the request path after the mount path, e.g. {@code data/app/db}
   * @param view the mount's own storage
   */
  BaoResponse handle(Capability operation, String subPath, ObjectNode data, LogicalStorage view);
}
