package org.baoflow.watcher;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.baoflow.watcher.temporal.BaoFlowClients;
import org.baoflow.watcher.temporal.TemporalConnection;
import org.baoflow.watcher.temporal.TemporalServiceOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The watcher process: reads its settings from the environment ({@link
 * WatcherSettings#fromEnvironment}, and the worker's Temporal connection settings, {@link
 * TemporalConnection#fromEnvironment}: address, namespace, mTLS or an API key for Temporal Cloud),
 * connects to Kubernetes the usual way (in-cluster service account or kubeconfig) and runs until it
 * is stopped.
 */
public final class WatcherMain {

  private static final Logger LOG = LoggerFactory.getLogger(WatcherMain.class);

  private WatcherMain() {}

  public static void main(String[] args) throws InterruptedException {
    Map<String, String> environment = System.getenv();
    WatcherSettings settings;
    TemporalConnection connection;
    try {
      settings = WatcherSettings.fromEnvironment(environment);
      connection = TemporalConnection.fromEnvironment(environment);
    } catch (IllegalArgumentException e) {
      System.err.println("baoflow-watcher: " + e.getMessage());
      System.exit(2);
      return;
    }
    WorkflowServiceStubs stubs =
        WorkflowServiceStubs.newServiceStubs(TemporalServiceOptions.builder(connection).build());
    WorkflowClient temporal = BaoFlowClients.of(stubs, connection.namespace());
    KubernetesClient kube = new KubernetesClientBuilder().build();
    ClusterWatcher watcher = new ClusterWatcher(kube, temporal, settings);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  watcher.close();
                  kube.close();
                  stubs.shutdown();
                  stopped.countDown();
                },
                "baoflow-watcher-shutdown"));
    watcher.start();
    LOG.info(
        "watching OpenBaoClusters of {} in {} for Temporal {} namespace {}, task queue {}",
        settings.kubernetesCluster(),
        settings.namespaces().isEmpty() ? "all namespaces" : settings.namespaces(),
        connection.address(),
        connection.namespace(),
        settings.taskQueue());
    stopped.await();
  }
}
