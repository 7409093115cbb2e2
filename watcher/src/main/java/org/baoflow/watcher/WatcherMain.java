package org.baoflow.watcher;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.baoflow.workflows.BaoFlowDataConverter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The watcher process: reads its settings from the environment ({@link
 * WatcherSettings#fromEnvironment}, plus {@code TEMPORAL_ADDRESS}, default {@value
 * #DEFAULT_TEMPORAL_ADDRESS}, and {@code TEMPORAL_NAMESPACE}, default {@value
 * #DEFAULT_TEMPORAL_NAMESPACE}), connects to Kubernetes the usual way (in-cluster service account
 * or kubeconfig) and runs until it is stopped.
 */
public final class WatcherMain {
  static final String DEFAULT_TEMPORAL_ADDRESS = "127.0.0.1:7233";
  static final String DEFAULT_TEMPORAL_NAMESPACE = "default";

  private static final Logger LOG = LoggerFactory.getLogger(WatcherMain.class);

  private WatcherMain() {}

  public static void main(String[] args) throws InterruptedException {
    Map<String, String> environment = System.getenv();
    WatcherSettings settings;
    try {
      settings = WatcherSettings.fromEnvironment(environment);
    } catch (IllegalArgumentException e) {
      System.err.println("baoflow-watcher: " + e.getMessage());
      System.exit(2);
      return;
    }
    String address = valueOr(environment, "TEMPORAL_ADDRESS", DEFAULT_TEMPORAL_ADDRESS);
    String namespace = valueOr(environment, "TEMPORAL_NAMESPACE", DEFAULT_TEMPORAL_NAMESPACE);
    WorkflowServiceStubs stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(address).build());
    WorkflowClient temporal =
        WorkflowClient.newInstance(
            stubs,
            WorkflowClientOptions.newBuilder()
                .setNamespace(namespace)
                .setDataConverter(BaoFlowDataConverter.get())
                .build());
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
        address,
        namespace,
        settings.taskQueue());
    stopped.await();
  }

  private static String valueOr(Map<String, String> environment, String name, String fallback) {
    String value = environment.getOrDefault(name, "").strip();
    return value.isEmpty() ? fallback : value;
  }
}
