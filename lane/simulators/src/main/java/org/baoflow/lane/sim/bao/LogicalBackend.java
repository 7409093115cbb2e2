package org.baoflow.lane.sim.bao;

import java.util.Optional;
import org.baoflow.lane.sim.bao.logical.BaoRequest;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.storage.LogicalStorage;

/**
 * The secret engines of a node: serves {@code sys/mounts*} and the paths under enabled secret
 * mounts from the cluster's storage behind the barrier. The node calls it on the active node after
 * the request's token passed the ACL check.
 */
@FunctionalInterface
public interface LogicalBackend {

  /** A backend that serves nothing. */
  LogicalBackend NONE = (request, storage) -> Optional.empty();

  /**
   * Serves the request when its path is one of the backend's.
   *
   * @return the answer, or empty when the path is not the backend's (the node answers 404)
   */
  Optional<BaoResponse> handle(BaoRequest request, LogicalStorage storage);
}
