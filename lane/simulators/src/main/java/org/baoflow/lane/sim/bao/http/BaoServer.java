package org.baoflow.lane.sim.bao.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.baoflow.lane.sim.bao.BaoException;
import org.baoflow.lane.sim.bao.BaoNetwork;
import org.baoflow.lane.sim.bao.SimNode;
import org.baoflow.lane.sim.bao.faults.BaoFaultAction;
import org.baoflow.lane.sim.bao.logical.BaoRequest;
import org.baoflow.lane.sim.bao.logical.Capability;
import org.baoflow.lane.sim.tls.TlsContexts;

/**
 * A simulated node's HTTPS API on a loopback port, presenting the pod's certificate and answering
 * with OpenBao's bodies, codes and headers. The seal, lifecycle and join endpoints are answered by
 * the node itself; every other path is logical and goes through {@link LogicalRouter}. Before
 * anything else, a request may be claimed by one of the lane's {@link
 * org.baoflow.lane.sim.bao.faults.BaoFaults}: failed with an OpenBao error body, or held before it
 * is served.
 */
public final class BaoServer implements AutoCloseable {
  private final HttpsServer server;
  private final ExecutorService executor;
  private final BaoNetwork network;

  private BaoServer(HttpsServer server, ExecutorService executor, BaoNetwork network) {
    this.server = server;
    this.executor = executor;
    this.network = network;
  }

  /** Serves {@code node} on 127.0.0.1 at an ephemeral port with the given PEM chain and key. */
  public static BaoServer start(SimNode node, String certificatePem, String keyPem) {
    Routes routes = new Routes();
    new SysEndpoints(node).register(routes);
    new RaftEndpoints(node).register(routes);
    new SnapshotEndpoints(node).register(routes);
    try {
      HttpsServer server =
          HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.setHttpsConfigurator(
          new HttpsConfigurator(TlsContexts.server(certificatePem, keyPem)));
      server.createContext("/", exchange -> dispatch(node, routes, exchange));
      ExecutorService executor =
          Executors.newCachedThreadPool(
              task -> {
                Thread thread = new Thread(task, "bao-" + node.identity().nodeId());
                thread.setDaemon(true);
                return thread;
              });
      server.setExecutor(executor);
      server.start();
      node.environment().network().listening(server.getAddress().getPort(), node);
      return new BaoServer(server, executor, node.environment().network());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the node's API server", e);
    }
  }

  private static void dispatch(SimNode node, Routes routes, HttpExchange raw) {
    String path = raw.getRequestURI().getPath();
    BaoExchange exchange = new BaoExchange(raw, path.startsWith("/v1/") ? path.substring(4) : path);
    try {
      if (!path.startsWith("/v1/")) {
        throw new BaoException(404, List.of());
      }
      Optional<BaoFaultAction> fault =
          node.environment()
              .network()
              .faults()
              .claim(
                  node.identity().nodeId(),
                  exchange.path(),
                  raw.getRequestHeaders().getFirst("User-Agent"));
      if (fault.isPresent() && !applyFault(fault.get())) {
        return;
      }
      Optional<Endpoint> endpoint = routes.resolve(exchange.path(), exchange.method());
      if (endpoint.isPresent()) {
        endpoint.get().handle(exchange);
      } else {
        logical(node, exchange);
      }
    } catch (BaoException e) {
      exchange.error(e);
    } catch (RuntimeException e) {
      exchange.error(BaoException.of(500, "internal error"));
    } finally {
      raw.close();
    }
  }

  /**
   * Applies an endpoint fault; returns whether the request is still to be served (after a hang).
   *
   * @throws BaoException the injected failure
   */
  private static boolean applyFault(BaoFaultAction fault) {
    if (fault instanceof BaoFaultAction.Fail fail) {
      throw new BaoException(fail.status(), fail.errors());
    }
    BaoFaultAction.Hang hang = (BaoFaultAction.Hang) fault;
    try {
      Thread.sleep(hang.duration().toMillis());
      return true;
    } catch (InterruptedException e) {
      // The server is closing: the hung request gets no answer, as from a node that went away.
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * A logical request: the router finds the active node; a standby redirects instead of forwarding
   * when asked to or when the active node cannot be reached.
   */
  private static void logical(SimNode node, BaoExchange exchange) {
    if (Guards.rootOnly(exchange.path())) {
      Guards.rootNamespace(exchange);
    }
    Capability operation;
    try {
      operation = Capability.ofHttp(exchange.method(), "true".equals(exchange.query().get("list")));
    } catch (IllegalArgumentException e) {
      throw new BaoException(405, List.of());
    }
    LogicalRouter.Target target = new LogicalRouter(node).target();
    if (!target.self()
        && (exchange.header("X-Vault-No-Request-Forwarding").isPresent()
            || target.active().isEmpty())) {
      exchange.redirect(target.leaderApiAddress());
      return;
    }
    BaoRequest request =
        new BaoRequest(
            operation, exchange.path(), exchange.token().orElse(null), exchange.jsonBody());
    exchange.respond(LogicalRouter.serveOnActive(target.active().orElseThrow(), request));
  }

  /** The base URL, {@code https://127.0.0.1:<port>}. */
  public URI uri() {
    return URI.create("https://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The loopback port it listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    network.closed(port());
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
