package org.baoflow.lane.sim.bao;

import java.util.List;
import java.util.function.Function;
import org.baoflow.lane.sim.bao.logical.BaoRequest;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.node.InitializeBlock;

/**
 * Runs the {@code initialize} stanzas of a node that just initialized itself (reference §5.2 step
 * 4): every request through the node's internal handler, with the transient root token by default.
 */
@FunctionalInterface
public interface SelfInitRunner {

  /**
   * @param blocks the stanzas in file order
   * @param host the container, for {@code file} and {@code env} dynamic sources
   * @param handler the node's logical request handler (ACLs apply as usual)
   * @param rootToken the transient root token
   * @throws SelfInitFailedException when a request without {@code allow_failure} failed: the
   *     process exits 1 and the self-init marker stays
   */
  void run(
      List<InitializeBlock> blocks,
      NodeHost host,
      Function<BaoRequest, BaoResponse> handler,
      String rootToken)
      throws SelfInitFailedException;
}
