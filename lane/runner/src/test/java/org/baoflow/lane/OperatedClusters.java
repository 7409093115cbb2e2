package org.baoflow.lane;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.temporal.client.WorkflowClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.baoflow.activities.bao.BaoConnection;
import org.baoflow.activities.openbao.PodPortAnnotationResolver;
import org.baoflow.activities.openbao.ServiceAccountTokens;
import org.baoflow.activities.openbao.TokenRequestTokens;
import org.baoflow.api.v1alpha1.ConfigurationSpec;
import org.baoflow.api.v1alpha1.LogLevel;
import org.baoflow.api.v1alpha1.OpenBaoCluster;
import org.baoflow.api.v1alpha1.OpenBaoClusterStatus;

/**
 * The lane ITs' view of clusters that BaoFlow operates: apply a cluster resource, wait for its
 * status, reach its pods by DNS name through the lane's published ports with the cluster's own CA,
 * and get tokens of the worker's ServiceAccount.
 */
final class OperatedClusters {
  static final Duration WAIT = Duration.ofSeconds(150);
  static final Path DEV_SAMPLE = Path.of("../../deploy/samples/dev-lane.yaml");

  private static final KubernetesSerialization YAML = new KubernetesSerialization();
  private static final int EDIT_CONFLICT = 409;
  private static final int EDIT_ATTEMPTS = 10;

  private final KubernetesClient kube;
  private final WorkflowClient temporal;

  OperatedClusters(KubernetesClient kube) {
    this(kube, null);
  }

  /** With {@code temporal}, a failed wait also says what the running operation waits for. */
  OperatedClusters(KubernetesClient kube, WorkflowClient temporal) {
    this.kube = kube;
    this.temporal = temporal;
  }

  KubernetesClient kube() {
    return kube;
  }

  /** The cluster resource in {@code sample}, renamed {@code name}. */
  static OpenBaoCluster load(Path sample, String name) {
    try {
      OpenBaoCluster cluster =
          YAML.unmarshal(Files.readString(sample, StandardCharsets.UTF_8), OpenBaoCluster.class);
      cluster.getMetadata().setName(name);
      return cluster;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Creates {@code cluster} (and its namespace). */
  OpenBaoCluster create(OpenBaoCluster cluster) {
    kube.resource(
            new NamespaceBuilder()
                .withNewMetadata()
                .withName(cluster.getMetadata().getNamespace())
                .endMetadata()
                .build())
        .serverSideApply();
    return kube.resource(cluster).create();
  }

  OpenBaoCluster get(String namespace, String name) {
    return kube.resources(OpenBaoCluster.class).inNamespace(namespace).withName(name).get();
  }

  /**
   * Edits the cluster's spec (a new generation), again on a conflict: the worker writes the status
   * and finalizers of the same object meanwhile, as a user's kubectl would meet them.
   */
  void edit(String namespace, String name, java.util.function.Consumer<OpenBaoCluster> edit) {
    for (int attempt = 1; ; attempt++) {
      try {
        kube.resources(OpenBaoCluster.class)
            .inNamespace(namespace)
            .withName(name)
            .edit(
                cluster -> {
                  edit.accept(cluster);
                  return cluster;
                });
        return;
      } catch (KubernetesClientException e) {
        if (e.getCode() != EDIT_CONFLICT || attempt >= EDIT_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /** The cluster's configuration with log level debug: a change that rolls every pod. */
  static ConfigurationSpec debugLogging(OpenBaoCluster cluster) {
    ConfigurationSpec configuration =
        cluster.getSpec().getConfiguration() == null
            ? new ConfigurationSpec()
            : cluster.getSpec().getConfiguration();
    configuration.setLogLevel(LogLevel.DEBUG);
    return configuration;
  }

  /** Waits until the cluster's status satisfies {@code condition}; fails with what it saw. */
  OpenBaoClusterStatus awaitStatus(
      String namespace, String name, String what, Predicate<OpenBaoClusterStatus> condition) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    OpenBaoCluster cluster = null;
    while (System.nanoTime() < deadline) {
      cluster = get(namespace, name);
      if (cluster != null && cluster.getStatus() != null && condition.test(cluster.getStatus())) {
        return cluster.getStatus();
      }
      sleep(100);
    }
    throw new AssertionError(
        "waited "
            + WAIT.toSeconds()
            + " s for "
            + namespace
            + "/"
            + name
            + " to be "
            + what
            + "; status: "
            + (cluster == null ? "resource gone" : YAML.asJson(cluster.getStatus()))
            + "; pods: "
            + podSummary(namespace)
            + operationSummary(cluster));
  }

  private String operationSummary(OpenBaoCluster cluster) {
    if (temporal == null
        || cluster == null
        || cluster.getStatus() == null
        || cluster.getStatus().getOperation() == null) {
      return "";
    }
    return "; operation: "
        + PendingActivities.of(temporal, cluster.getStatus().getOperation().getWorkflowId());
  }

  /** Running, every one of {@code replicas} pods ready, and no operation in flight. */
  static Predicate<OpenBaoClusterStatus> running(int replicas, long generation) {
    return status ->
        "Running".equals(status.getPhase())
            && status.getReadyReplicas() != null
            && status.getReadyReplicas() == replicas
            && status.getOperation() == null
            && status.getObservedGeneration() != null
            && status.getObservedGeneration() >= generation;
  }

  /** Waits until the resource is gone. */
  void awaitGone(String namespace, String name) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (get(namespace, name) != null) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(namespace + "/" + name + " still exists after " + WAIT);
      }
      sleep(100);
    }
  }

  /** The cluster's pods that are not being deleted, by name. */
  List<Pod> pods(String namespace, String cluster) {
    return kube
        .pods()
        .inNamespace(namespace)
        .withLabel("openbao.org/cluster", cluster)
        .list()
        .getItems()
        .stream()
        .filter(pod -> pod.getMetadata().getDeletionTimestamp() == null)
        .sorted(Comparator.comparing(pod -> pod.getMetadata().getName()))
        .toList();
  }

  /** A value of a Secret, decoded. */
  String secretValue(String namespace, String secret, String key) {
    Secret found = kube.secrets().inNamespace(namespace).withName(secret).get();
    if (found == null) {
      return null;
    }
    if (found.getData() != null && found.getData().containsKey(key)) {
      return new String(
          Base64.getDecoder().decode(found.getData().get(key)), StandardCharsets.ISO_8859_1);
    }
    return found.getStringData() == null ? null : found.getStringData().get(key);
  }

  /**
   * A connection to {@code pod} of {@code cluster} by its DNS name, verified against the CA that
   * BaoFlow issued for the cluster.
   */
  BaoConnection connect(String namespace, String cluster, String pod) {
    return connect(namespace, cluster, pod, secretValue(namespace, cluster + "-tls-ca", "ca.crt"));
  }

  /**
   * A connection to {@code pod} of {@code cluster} by its DNS name, verified against {@code caPem}:
   * the user's CA of a cluster with External TLS.
   */
  BaoConnection connect(String namespace, String cluster, String pod, String caPem) {
    PodPortAnnotationResolver resolver = new PodPortAnnotationResolver(kube);
    URI address = URI.create("https://" + pod + "." + cluster + "." + namespace + ".svc:8200");
    return BaoConnection.open(
        resolver.resolve(address),
        caPem,
        org.baoflow.activities.bao.BaoClientSettings.defaults(),
        resolver);
  }

  /** A token of the worker's ServiceAccount for OpenBao, from the TokenRequest API. */
  String workerJwt() {
    return new TokenRequestTokens(
            kube,
            LaneBaoFlow.PLATFORM.workerNamespace(),
            LaneBaoFlow.PLATFORM.workerServiceAccount(),
            ServiceAccountTokens.AUDIENCE)
        .token();
  }

  private String podSummary(String namespace) {
    return kube.pods().inNamespace(namespace).list().getItems().stream()
        .map(
            pod ->
                pod.getMetadata().getName()
                    + (pod.getStatus() == null ? "" : " " + pod.getStatus().getContainerStatuses()))
        .toList()
        .toString();
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
