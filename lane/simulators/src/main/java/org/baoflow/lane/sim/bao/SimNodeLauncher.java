package org.baoflow.lane.sim.bao;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import org.baoflow.lane.sim.bao.http.BaoServer;
import org.baoflow.lane.sim.bao.http.LogicalRouter;
import org.baoflow.lane.sim.bao.seal.Seal;
import org.baoflow.lane.sim.node.InitializeBlock;
import org.baoflow.lane.sim.node.ListenerConfig;
import org.baoflow.lane.sim.node.NodeConfig;
import org.baoflow.lane.sim.node.SealConfig;

/**
 * Starts simulated OpenBao servers as {@code bao server} would from a final config.hcl: the version
 * from the image tag, the listener's certificate and key and the seal's keys read through the
 * container's mounts, the raft path checked for a writable volume, then the node and its HTTPS API.
 * An uninitialized node then runs its {@code retry_join} rounds and, when no candidate can be
 * joined and it has {@code initialize} stanzas, initializes itself.
 */
public final class SimNodeLauncher implements NodeLauncher {
  private final NodeEnvironment environment;
  private final SelfInitRunner selfInit;

  /**
   * @param environment the lane's nodes' environment; its {@link NodeEnvironment#seals()} opens the
   *     seal stanzas
   * @param selfInit runs the {@code initialize} stanzas of a self-initializing node
   */
  public SimNodeLauncher(NodeEnvironment environment, SelfInitRunner selfInit) {
    this.environment = environment;
    this.selfInit = selfInit;
  }

  @Override
  public LaunchedNode launch(NodeConfig config, NodeHost host, NodeStorage data) {
    NodeEnvironment nodeEnvironment = environment.withVersion(version(host.image()));
    ListenerConfig listener = config.listener();
    if (listener.tlsDisable() || listener.tlsCertFile().isEmpty()) {
      throw new NodeStartException(
          "the lane serves TLS listeners with tls_cert_file and tls_key_file only");
    }
    String certificate = readTlsFile(host, listener.tlsCertFile().get());
    String key = readTlsFile(host, listener.tlsKeyFile().orElseThrow());
    String raftPath = config.storage().path();
    if (!host.writable(raftPath)) {
      throw new NodeStartException(
          "error initializing storage of type raft: failed to create fsm: open "
              + raftPath
              + "/vault.db: read-only file system");
    }
    SealConfig sealConfig =
        config
            .seal()
            .filter(seal -> !seal.disabled())
            .orElseThrow(() -> new NodeStartException("the lane simulates auto-unseal nodes only"));
    Seal seal = nodeEnvironment.seals().open(sealConfig, host);
    SimNode node;
    try {
      node = SimNode.of(config, seal, data, nodeEnvironment, new HostJsonFetcher(host));
    } catch (IllegalArgumentException e) {
      throw new NodeStartException(e.getMessage(), e);
    }
    BaoServer server;
    try {
      server = BaoServer.start(node, certificate, key);
    } catch (IllegalArgumentException e) {
      throw new NodeStartException("error loading TLS configuration: " + e.getMessage(), e);
    }
    node.start();
    Process process = new Process(node, server);
    if (node.selfInitFailed()) {
      // "self-initialization failed: refusing to unseal", then the server shuts down.
      process.exit(1);
    } else if (!node.initialized()) {
      process.bootstrap(config, host);
    }
    return process;
  }

  /** The tag of {@code image} ({@code quay.io/openbao/openbao:2.4.4} gives {@code 2.4.4}). */
  static String version(String image) {
    String withoutDigest = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
    int colon = withoutDigest.lastIndexOf(':');
    if (colon < 0 || colon < withoutDigest.lastIndexOf('/')) {
      return "latest";
    }
    String tag = withoutDigest.substring(colon + 1);
    return tag.startsWith("v") ? tag.substring(1) : tag;
  }

  private static String readTlsFile(NodeHost host, String path) {
    try {
      return new String(host.readFile(path), StandardCharsets.US_ASCII);
    } catch (NoSuchFileException e) {
      throw new NodeStartException(
          "error loading TLS configuration: open " + path + ": no such file or directory", e);
    } catch (IOException e) {
      throw new NodeStartException(
          "error loading TLS configuration: open " + path + ": " + e.getMessage(), e);
    }
  }

  /** The running server process: the node, its API server and its join/self-init loop. */
  private final class Process implements LaunchedNode {
    private final SimNode node;
    private final BaoServer server;
    private final AtomicBoolean down = new AtomicBoolean();
    private volatile Integer exitCode;
    private Thread bootstrap;

    Process(SimNode node, BaoServer server) {
      this.node = node;
      this.server = server;
    }

    /** Joins through {@code retry_join} or self-initializes, in the background. */
    synchronized void bootstrap(NodeConfig config, NodeHost host) {
      List<org.baoflow.lane.sim.node.RetryJoin> joins = config.storage().retryJoin();
      List<InitializeBlock> blocks = config.initialize();
      if (joins.isEmpty() && blocks.isEmpty()) {
        return;
      }
      RetryJoiner joiner =
          new RetryJoiner(node, host, joins, config.storage().retryJoinAsNonVoter());
      SelfInitialization selfInitialization =
          new SelfInitialization(node, host, new LogicalRouter(node)::handle, selfInit);
      bootstrap =
          new Thread(
              () -> joinOrInitialize(joiner, selfInitialization, blocks, !joins.isEmpty()),
              "bootstrap-" + node.identity().nodeId());
      bootstrap.setDaemon(true);
      bootstrap.start();
    }

    private void joinOrInitialize(
        RetryJoiner joiner,
        SelfInitialization selfInitialization,
        List<InitializeBlock> blocks,
        boolean joins) {
      Duration interval = node.environment().timing().retryJoin();
      try {
        while (!node.initialized()) {
          if (joins && joiner.attempt()) {
            return;
          }
          if (!blocks.isEmpty()) {
            selfInitialize(selfInitialization, blocks);
            return;
          }
          Thread.sleep(interval.toMillis());
        }
      } catch (InterruptedException stopped) {
        Thread.currentThread().interrupt();
      }
    }

    private void selfInitialize(SelfInitialization selfInitialization, List<InitializeBlock> blocks)
        throws InterruptedException {
      try {
        selfInitialization.run(blocks);
      } catch (SelfInitFailedException | RuntimeException e) {
        // "failed to initialize": the marker stays and the process exits 1.
        exit(1);
      }
    }

    void exit(int code) {
      exitCode = code;
      shutDown();
    }

    private void shutDown() {
      if (down.compareAndSet(false, true)) {
        node.stop();
        server.close();
      }
    }

    @Override
    public int port() {
      return server.port();
    }

    @Override
    public OptionalInt exitCode() {
      Integer code = exitCode;
      return code == null ? OptionalInt.empty() : OptionalInt.of(code);
    }

    @Override
    public void stop(Duration gracePeriod) {
      Thread loop;
      synchronized (this) {
        loop = bootstrap;
      }
      if (loop != null) {
        loop.interrupt();
        try {
          loop.join(gracePeriod.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      shutDown();
    }
  }
}
