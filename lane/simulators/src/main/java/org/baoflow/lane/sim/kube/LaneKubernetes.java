package org.baoflow.lane.sim.kube;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.mockwebserver.Context;
import java.io.Closeable;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentHashMap.KeySetView;
import org.baoflow.lane.sim.kube.auth.ServiceAccountAuthApi;
import org.baoflow.lane.sim.kube.auth.ServiceAccountIssuer;
import org.baoflow.lane.sim.kube.auth.ServiceAccounts;
import org.baoflow.lane.sim.kube.auth.SigningAlgorithm;
import org.baoflow.lane.sim.kube.auth.TokenAuthenticator;

/**
 * One lane Kubernetes cluster: an in-process API server over HTTPS on a loopback port with the
 * BaoFlow CRDs installed and its own service-account token issuer (TokenRequest, TokenReview, OIDC
 * discovery and JWKS). Production fabric8 clients talk to it through {@link #clientConfig()}.
 */
public final class LaneKubernetes implements Closeable {
  private final HttpsApiServer server;
  private final List<Path> installedCrds;
  private final ApiCallLog callLog;
  private final ApiFaults faults;
  private final ServiceAccountIssuer issuer;
  private final TokenAuthenticator authenticator;
  private final Duration startTime;
  private final KeySetView<KubernetesClient, Boolean> clients = ConcurrentHashMap.newKeySet();

  private LaneKubernetes(
      HttpsApiServer server,
      List<Path> installedCrds,
      ApiCallLog callLog,
      ApiFaults faults,
      ServiceAccountIssuer issuer,
      TokenAuthenticator authenticator,
      Duration startTime) {
    this.server = server;
    this.callLog = callLog;
    this.installedCrds = installedCrds;
    this.faults = faults;
    this.issuer = issuer;
    this.authenticator = authenticator;
    this.startTime = startTime;
  }

  /**
   * Starts the API server with the CRDs found in {@code crdDirectory} and an issuer of the default
   * URL ({@value ServiceAccountIssuer#DEFAULT_ISSUER}) with a fresh RS256 key, on the system clock.
   */
  public static LaneKubernetes start(Path crdDirectory) {
    return start(crdDirectory, ServiceAccountIssuer.DEFAULT_ISSUER, SigningAlgorithm.RS256);
  }

  /**
   * Starts the API server with the CRDs found in {@code crdDirectory} and an issuer of {@code
   * issuerUrl} with a fresh key of {@code algorithm} (so no two lane clusters accept each other's
   * tokens), on the system clock.
   */
  public static LaneKubernetes start(
      Path crdDirectory, String issuerUrl, SigningAlgorithm algorithm) {
    long started = System.nanoTime();
    return start(
        crdDirectory,
        ServiceAccountIssuer.generate(issuerUrl, algorithm, Clock.systemUTC()),
        started);
  }

  /** Starts the API server with the CRDs found in {@code crdDirectory} and the given issuer. */
  public static LaneKubernetes start(Path crdDirectory, ServiceAccountIssuer issuer) {
    return start(crdDirectory, issuer, System.nanoTime());
  }

  private static LaneKubernetes start(
      Path crdDirectory, ServiceAccountIssuer issuer, long started) {
    ApiCallLog callLog = new ApiCallLog();
    ApiFaults faults = new ApiFaults();
    LaneStore store = new LaneStore();
    ServiceAccounts accounts = (namespace, name) -> uidOf(store, namespace, name);
    ServiceAccountAuthApi authApi = new ServiceAccountAuthApi(issuer, accounts);
    HttpsApiServer server =
        HttpsApiServer.start(
            new Context(),
            new ConcurrentHashMap<>(),
            answers -> new ApiDispatcher(answers, store, authApi, callLog, faults));
    try {
      // Straight into the store: the log is for what clients do, not for the lane's own setup.
      List<Path> crds = new CrdInstaller(store).install(crdDirectory);
      return new LaneKubernetes(
          server,
          crds,
          callLog,
          faults,
          issuer,
          new TokenAuthenticator(issuer, accounts),
          Duration.ofNanos(System.nanoTime() - started));
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  /** The uid of a stored ServiceAccount, which TokenRequest puts into the token. */
  private static Optional<String> uidOf(LaneStore store, String namespace, String name) {
    return ApiPath.parse("/api/v1/namespaces/" + namespace + "/serviceaccounts/" + name)
        .map(store::current)
        .map(account -> account.path("metadata").path("uid").asString(""))
        .filter(uid -> !uid.isEmpty());
  }

  /** A client configuration for this cluster (a fresh copy each call). */
  public Config clientConfig() {
    return server.clientConfig();
  }

  /**
   * The CA of the API server's certificate, PEM: what clients trust and what pods get as their
   * service-account {@code ca.crt}.
   */
  public String caCertificatePem() {
    return server.caPem();
  }

  /** The loopback port of the API server (HTTPS). */
  public int port() {
    return server.port();
  }

  /** A new client for this cluster; it is closed with the cluster. */
  public KubernetesClient newClient() {
    return register(new KubernetesClientBuilder().withConfig(clientConfig()).build());
  }

  /**
   * A new client for this cluster that sends {@code userAgent}, so {@link ApiCallLog#callsBy} finds
   * its calls; it is closed with the cluster.
   */
  public KubernetesClient newClient(String userAgent) {
    Config config = clientConfig();
    config.setUserAgent(userAgent);
    return register(new KubernetesClientBuilder().withConfig(config).build());
  }

  private KubernetesClient register(KubernetesClient client) {
    clients.add(client);
    return client;
  }

  /**
   * The calls clients made to this cluster's API, service-account endpoints included (CRD
   * installation at start is not logged).
   */
  public ApiCallLog callLog() {
    return callLog;
  }

  /** The switch for failing the next requests to this cluster's API. */
  public ApiFaults faults() {
    return faults;
  }

  /** This cluster's service-account token issuer: its URL, signing key, discovery and JWKS. */
  public ServiceAccountIssuer issuer() {
    return issuer;
  }

  /**
   * This cluster's TokenReview as a function, what OpenBao's Kubernetes auth asks the API server: a
   * token and the audiences it must carry in, the review's outcome out.
   */
  public TokenAuthenticator tokenAuthenticator() {
    return authenticator;
  }

  /** The CRD files installed at start. */
  public List<Path> installedCrds() {
    return installedCrds;
  }

  /** How long {@link #start} took, from the call to a server with CRDs installed. */
  public Duration startTime() {
    return startTime;
  }

  @Override
  public void close() {
    clients.forEach(KubernetesClient::close);
    clients.clear();
    server.close();
  }
}
