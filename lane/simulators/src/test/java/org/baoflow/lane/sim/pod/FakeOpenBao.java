package org.baoflow.lane.sim.pod;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import org.baoflow.lane.sim.bao.LaunchedNode;
import org.baoflow.lane.sim.bao.NodeHost;
import org.baoflow.lane.sim.bao.NodeLauncher;
import org.baoflow.lane.sim.bao.NodeStartException;
import org.baoflow.lane.sim.bao.NodeStorage;
import org.baoflow.lane.sim.node.NodeConfig;
import org.baoflow.lane.sim.tls.TlsContexts;

/**
 * A launcher whose nodes read their TLS files through the {@link NodeHost} as the real one does,
 * and serve only {@code /v1/sys/health} over HTTPS, with a state tests switch.
 */
final class FakeOpenBao implements NodeLauncher {
  /** One start of a node: what it was given and the node. */
  record Launch(NodeConfig config, NodeHost host, NodeStorage data, Node node) {
    String podName() {
      return host.env("POD_NAME").orElse("");
    }
  }

  private final List<Launch> launches = new CopyOnWriteArrayList<>();

  @Override
  public LaunchedNode launch(NodeConfig config, NodeHost host, NodeStorage data) {
    String certFile = config.listener().tlsCertFile().orElseThrow();
    String keyFile = config.listener().tlsKeyFile().orElseThrow();
    String certificate = read(host, certFile);
    String key = read(host, keyFile);
    if (!host.writable(config.storage().path())) {
      throw new NodeStartException("raft path " + config.storage().path() + " is not writable");
    }
    Node node = new Node(certificate, key);
    launches.add(new Launch(config, host, data, node));
    return node;
  }

  private static String read(NodeHost host, String path) {
    try {
      return new String(host.readFile(path), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new NodeStartException(
          "error loading TLS cert: open " + path + ": no such file or directory");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<Launch> launches() {
    return List.copyOf(launches);
  }

  /** The starts of the pod of that name, oldest first. */
  List<Launch> launchesOf(String podName) {
    return launches.stream().filter(l -> l.podName().equals(podName)).toList();
  }

  /** The latest start of that pod, if any. */
  Optional<Launch> latest(String podName) {
    List<Launch> of = launchesOf(podName);
    return of.isEmpty() ? Optional.empty() : Optional.of(of.get(of.size() - 1));
  }

  /** A node answering {@code sys/health} as OpenBao does for its current state. */
  static final class Node implements LaunchedNode {
    private final HttpsServer server;
    private volatile boolean initialized = true;
    private volatile boolean sealed;
    private volatile boolean standby;
    private volatile OptionalInt exitCode = OptionalInt.empty();

    Node(String certificatePem, String keyPem) {
      try {
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      server.setHttpsConfigurator(
          new HttpsConfigurator(TlsContexts.server(certificatePem, keyPem)));
      server.createContext("/v1/sys/health", this::health);
      server.start();
    }

    void state(boolean initialized, boolean sealed, boolean standby) {
      this.initialized = initialized;
      this.sealed = sealed;
      this.standby = standby;
    }

    /** The process ends on its own with {@code code}, as after a failed self-initialization. */
    void exit(int code) {
      server.stop(0);
      exitCode = OptionalInt.of(code);
    }

    private void health(HttpExchange exchange) throws IOException {
      Map<String, String> query = new HashMap<>();
      String raw = exchange.getRequestURI().getRawQuery();
      if (raw != null) {
        for (String pair : raw.split("&")) {
          String[] kv = pair.split("=", 2);
          query.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
      }
      int status;
      if (!initialized) {
        status = Integer.parseInt(query.getOrDefault("uninitcode", "501"));
      } else if (sealed) {
        status = Integer.parseInt(query.getOrDefault("sealedcode", "503"));
      } else if (standby && !"true".equals(query.get("standbyok"))) {
        status = Integer.parseInt(query.getOrDefault("standbycode", "429"));
      } else {
        status = Integer.parseInt(query.getOrDefault("activecode", "200"));
      }
      byte[] body =
          ("{\"initialized\":"
                  + initialized
                  + ",\"sealed\":"
                  + (sealed || !initialized)
                  + ",\"standby\":"
                  + standby
                  + ",\"version\":\"2.4.4\"}")
              .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }

    @Override
    public int port() {
      return server.getAddress().getPort();
    }

    @Override
    public OptionalInt exitCode() {
      return exitCode;
    }

    @Override
    public void stop(Duration gracePeriod) {
      server.stop(0);
    }
  }
}
