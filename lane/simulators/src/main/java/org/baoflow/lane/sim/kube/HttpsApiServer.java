package org.baoflow.lane.sim.kube;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.fabric8.mockwebserver.http.Dispatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Queue;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * fabric8's mock API server listening over HTTPS on a loopback port, and the client {@link Config}
 * that trusts exactly its self-signed certificate.
 */
final class HttpsApiServer implements AutoCloseable {
  private static final String LANE_NAMESPACE = "default";

  // The mock server logs every request at INFO through java.util.logging; the lane keeps its own
  // call log, so only warnings are worth printing. Held in a field: JUL keeps loggers weakly.
  private static final Logger REQUEST_LOGGER = quietRequestLogger();

  private final KubernetesMockServer server;
  private final Config clientConfig;

  private HttpsApiServer(KubernetesMockServer server, Config clientConfig) {
    this.server = server;
    this.clientConfig = clientConfig;
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
            true);
    server.start(InetAddress.getLoopbackAddress(), 0);
    return new HttpsApiServer(server, clientConfig(server));
  }

  private static Logger quietRequestLogger() {
    Logger logger = Logger.getLogger(MockWebServer.class.getName());
    logger.setLevel(Level.WARNING);
    return logger;
  }

  private static Config clientConfig(KubernetesMockServer server) {
    return new ConfigBuilder(Config.empty())
        .withMasterUrl(server.url("/"))
        .withCaCertData(certificateData(server))
        .withNamespace(LANE_NAMESPACE)
        .build();
  }

  private static String certificateData(KubernetesMockServer server) {
    try {
      String pem =
          Files.readString(
              Path.of(server.getSelfSignedCertificate().certificatePath()), StandardCharsets.UTF_8);
      return Base64.getEncoder().encodeToString(pem.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the mock server's certificate", e);
    }
  }

  /** Client configuration for this server: its URL and its certificate as the only trusted CA. */
  Config clientConfig() {
    return new ConfigBuilder(clientConfig).build();
  }

  @Override
  public void close() {
    server.shutdown();
  }
}
