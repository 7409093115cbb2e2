package org.baoflow.lane.sim.bao;

import org.baoflow.lane.sim.node.NodeConfig;

/**
 * Starts an OpenBao server process from its final configuration ({@code bao server -config=...}),
 * the way the container runtime execs it at the end of the entrypoint.
 */
@FunctionalInterface
public interface NodeLauncher {

  /**
   * Starts the server on a loopback port.
   *
   * @param config the parsed config.hcl the entrypoint handed to {@code bao server}
   * @param host the container: files through its mounts, environment, image, network names
   * @param data the data directory on the pod's volume; it outlives the process
   * @throws NodeStartException when OpenBao would exit at once (a file it cannot read, a config it
   *     refuses); the message names the cause and never a secret
   */
  LaunchedNode launch(NodeConfig config, NodeHost host, NodeStorage data);
}
