package org.baoflow.lane.sim.kube;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.mockwebserver.Context;
import java.io.Closeable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentHashMap.KeySetView;

/**
 * One lane Kubernetes cluster: an in-process API server over HTTPS on a loopback port with the
 * BaoFlow CRDs installed. Production fabric8 clients talk to it through {@link #clientConfig()}.
 */
public final class LaneKubernetes implements Closeable {
  private final HttpsApiServer server;
  private final List<Path> installedCrds;
  private final ApiCallLog callLog;
  private final Duration startTime;
  private final KeySetView<KubernetesClient, Boolean> clients = ConcurrentHashMap.newKeySet();

  private LaneKubernetes(
      HttpsApiServer server, List<Path> installedCrds, ApiCallLog callLog, Duration startTime) {
    this.server = server;
    this.callLog = callLog;
    this.installedCrds = installedCrds;
    this.startTime = startTime;
  }

  /** Starts the API server and installs the CRDs found in {@code crdDirectory}. */
  public static LaneKubernetes start(Path crdDirectory) {
    long started = System.nanoTime();
    ApiCallLog callLog = new ApiCallLog();
    LaneStore store = new LaneStore(callLog);
    HttpsApiServer server =
        HttpsApiServer.start(
            new Context(), new ConcurrentHashMap<>(), answers -> new ApiDispatcher(answers, store));
    try {
      List<Path> crds = new CrdInstaller(store).install(crdDirectory);
      // The log is for what clients do; the lane's own setup calls are not theirs.
      callLog.clear();
      return new LaneKubernetes(
          server, crds, callLog, Duration.ofNanos(System.nanoTime() - started));
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  /** A client configuration for this cluster (a fresh copy each call). */
  public Config clientConfig() {
    return server.clientConfig();
  }

  /** A new client for this cluster; it is closed with the cluster. */
  public KubernetesClient newClient() {
    KubernetesClient client = new KubernetesClientBuilder().withConfig(clientConfig()).build();
    clients.add(client);
    return client;
  }

  /** The calls clients made to this cluster's API (CRD installation at start is not logged). */
  public ApiCallLog callLog() {
    return callLog;
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
