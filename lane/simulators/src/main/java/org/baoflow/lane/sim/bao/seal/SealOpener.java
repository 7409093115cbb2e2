package org.baoflow.lane.sim.bao.seal;

import org.baoflow.lane.sim.bao.NodeHost;
import org.baoflow.lane.sim.bao.NodeStartException;
import org.baoflow.lane.sim.node.SealConfig;

/**
 * Builds the seal a node's {@code seal} stanza describes, reading keys, tokens and CA files through
 * the node's container as OpenBao does at startup.
 */
@FunctionalInterface
public interface SealOpener {

  /**
   * @throws NodeStartException when OpenBao would refuse to start with this stanza (a key file that
   *     is missing or of the wrong size, an unreachable or untrusted transit server, a seal type
   *     this opener does not handle); the message never carries a key or token
   */
  Seal open(SealConfig config, NodeHost host);
}
