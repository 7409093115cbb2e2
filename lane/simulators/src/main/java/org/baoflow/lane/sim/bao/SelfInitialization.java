package org.baoflow.lane.sim.bao;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.baoflow.lane.sim.bao.logical.BaoRequest;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Capability;
import org.baoflow.lane.sim.node.InitializeBlock;

/**
 * Self-initialization of an uninitialized node with {@code initialize} stanzas (reference §5.2):
 * init with zero recovery shares, wait to lead, write the marker, run the stanzas, delete the
 * marker. From 2.6 the transient root token is revoked afterwards, on success and failure alike.
 */
final class SelfInitialization {
  private static final Duration LEADERSHIP_WAIT = Duration.ofSeconds(35);

  private final SimNode node;
  private final NodeHost host;
  private final Function<BaoRequest, BaoResponse> handler;
  private final SelfInitRunner runner;

  SelfInitialization(
      SimNode node,
      NodeHost host,
      Function<BaoRequest, BaoResponse> handler,
      SelfInitRunner runner) {
    this.node = node;
    this.host = host;
    this.handler = handler;
    this.runner = runner;
  }

  /**
   * Runs it.
   *
   * @throws SelfInitFailedException when the node did not win leadership or a stanza aborted; the
   *     marker then stays in storage
   */
  void run(List<InitializeBlock> blocks) throws SelfInitFailedException, InterruptedException {
    String rootToken =
        node.initialize(new InitParams(0, 0, List.of(), 0, 0, List.of())).rootToken();
    long deadline = System.nanoTime() + LEADERSHIP_WAIT.toNanos();
    while (!node.active()) {
      if (System.nanoTime() > deadline) {
        throw new SelfInitFailedException(
            "initializing node did not win leadership election in time");
      }
      Thread.sleep(10);
    }
    ClusterBarrier storage = node.cluster().orElseThrow().barrier();
    storage.put(SimNode.SELF_INIT_MARKER, "started".getBytes(StandardCharsets.UTF_8));
    try {
      runner.run(blocks, host, handler, rootToken);
    } finally {
      if (revokesRootToken(node.environment().version())) {
        handler.apply(new BaoRequest(Capability.UPDATE, "auth/token/revoke-self", rootToken, null));
      }
    }
    storage.delete(SimNode.SELF_INIT_MARKER);
  }

  /** OpenBao revokes the transient root token itself since 2.6.0. */
  static boolean revokesRootToken(String version) {
    String[] parts = version.split("[.-]");
    try {
      int major = Integer.parseInt(parts[0]);
      int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
      return major > 2 || (major == 2 && minor >= 6);
    } catch (NumberFormatException e) {
      // A tag that is no version (e.g. "latest") is taken as the newest release.
      return true;
    }
  }
}
