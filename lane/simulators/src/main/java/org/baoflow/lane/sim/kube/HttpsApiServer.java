package org.baoflow.lane.sim.kube;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.fabric8.mockwebserver.http.Dispatcher;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.baoflow.lane.sim.tls.LaneCertificateAuthority;
import org.baoflow.lane.sim.tls.TlsFrontend;

/**
 * fabric8's mock API server on a loopback port behind a TLS frontend whose certificate, issued by
 * the cluster's own CA, names the server as a real API server's does ({@code
 * kubernetes.default.svc} and the rest, {@code localhost}, {@code 127.0.0.1}), and the client
 * {@link Config} that trusts exactly that CA. Pods read the same CA as their service-account {@code
 * ca.crt}.
 */
final class HttpsApiServer implements AutoCloseable {
  private static final String LANE_NAMESPACE = "default";

  // The mock server logs every request at INFO through java.util.logging; the lane keeps its own
  // call log, so only warnings are worth printing. Held in a field: JUL keeps loggers weakly.
  private static final Logger REQUEST_LOGGER = quietRequestLogger();

  /** The names a pod reaches its cluster's API server by, and the loopback names. */
  static final List<String> SERVER_NAMES =
      List.of(
          "127.0.0.1",
          "localhost",
          "kubernetes",
          "kubernetes.default",
          "kubernetes.default.svc",
          "kubernetes.default.svc.cluster.local");

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(HttpsApiServer.class);

  private final KubernetesMockServer server;
  private final TlsFrontend frontend;
  private final String caPem;

  private HttpsApiServer(KubernetesMockServer server, TlsFrontend frontend, String caPem) {
    this.server = server;
    this.frontend = frontend;
    this.caPem = caPem;
  }

  /**
   * Starts a server whose requests go to the dispatcher that {@code dispatcherFactory} builds from
   * the server's expectation table (the mock server answers {@code /} and {@code /version} from
   * it).
   */
  static HttpsApiServer start(
      Context context,
      Map<ServerRequest, Queue<ServerResponse>> expectations,
      Function<Map<ServerRequest, Queue<ServerResponse>>, Dispatcher> dispatcherFactory) {
    KubernetesMockServer server =
        new KubernetesMockServer(
            context,
            new MockWebServer(),
            expectations,
            dispatcherFactory.apply(expectations),
            false);
    server.start(InetAddress.getLoopbackAddress(), 0);
    LaneCertificateAuthority ca = LaneCertificateAuthority.create("lane-kubernetes-ca");
    try {
      TlsFrontend frontend =
          TlsFrontend.start(ca.issueServer(SERVER_NAMES), server.getPort(), "lane-kube-api-tls");
      return new HttpsApiServer(server, frontend, ca.certificatePem());
    } catch (RuntimeException e) {
      server.shutdown();
      throw e;
    }
  }

  private static Logger quietRequestLogger() {
    Logger logger = Logger.getLogger(MockWebServer.class.getName());
    logger.setLevel(Level.WARNING);
    return logger;
  }

  /** Client configuration for this server: its URL and its certificate as the only trusted CA. */
  Config clientConfig() {
    return new ConfigBuilder(Config.empty())
        .withMasterUrl("https://127.0.0.1:" + port() + "/")
        .withCaCertData(
            Base64.getEncoder().encodeToString(caPem.getBytes(StandardCharsets.US_ASCII)))
        .withNamespace(LANE_NAMESPACE)
        .build();
  }

  /** The loopback port of the HTTPS endpoint. */
  int port() {
    return frontend.port();
  }

  /** The CA that issued the server's certificate, PEM. */
  String caPem() {
    return caPem;
  }

  @Override
  public void close() {
    frontend.close();
    try {
      server.shutdown();
    } catch (IllegalStateException e) {
      // fabric8's mock server waits up to a minute on its event loop when a watch closes while
      // events still flow (WatchEventsListener.onClosed), and its shutdown then gives up. The
      // server is unreachable already (the frontend is closed); its stuck daemon thread ends on
      // its own, so a lane's teardown does not fail over it.
      LOG.warn("the lane API server did not stop in time; leaving its event loop to finish", e);
    }
  }
}
