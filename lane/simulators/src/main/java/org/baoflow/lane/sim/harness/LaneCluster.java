package org.baoflow.lane.sim.harness;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.baoflow.lane.sim.LaneTiming;
import org.baoflow.lane.sim.bao.NodeLauncher;
import org.baoflow.lane.sim.kube.LaneKubernetes;
import org.baoflow.lane.sim.kube.auth.SigningAlgorithm;
import org.baoflow.lane.sim.kubelet.ImageFaults;
import org.baoflow.lane.sim.kubelet.Kubelet;
import org.baoflow.lane.sim.kubelet.KubeletTiming;
import org.baoflow.lane.sim.pod.ClusterDns;
import org.baoflow.lane.sim.pod.OpenBaoRuntime;

/**
 * One cluster of a lane: its API server and, when the lane runs OpenBao, the cluster's node (a
 * kubelet for every namespace on the OpenBao runtime) and its DNS.
 */
final class LaneCluster implements AutoCloseable {
  private static final Duration GRACE_PERIOD = Duration.ofMillis(500);
  private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(20);

  private final LaneKubernetes kubernetes;
  private final Optional<ClusterDns> dns;
  private final Optional<OpenBaoRuntime> runtime;
  private final Optional<Kubelet> kubelet;

  private LaneCluster(
      LaneKubernetes kubernetes,
      Optional<ClusterDns> dns,
      Optional<OpenBaoRuntime> runtime,
      Optional<Kubelet> kubelet) {
    this.kubernetes = kubernetes;
    this.dns = dns;
    this.runtime = runtime;
    this.kubelet = kubelet;
  }

  /**
   * Starts the cluster and, with {@code launchers}, its kubelet.
   *
   * @param launchers the OpenBao launcher for a cluster, or null for a cluster without a kubelet
   */
  static LaneCluster start(
      String name,
      Path crds,
      String issuer,
      SigningAlgorithm algorithm,
      LaneTiming timing,
      ImageFaults faults,
      Function<LaneClusterContext, NodeLauncher> launchers) {
    LaneKubernetes kubernetes = LaneKubernetes.start(crds, issuer, algorithm);
    if (launchers == null) {
      return new LaneCluster(kubernetes, Optional.empty(), Optional.empty(), Optional.empty());
    }
    try {
      KubernetesClient client = kubernetes.newClient();
      ClusterDns dns = new ClusterDns(client, URI.create(kubernetes.clientConfig().getMasterUrl()));
      NodeLauncher launcher =
          launchers.apply(new LaneClusterContext(name, kubernetes, dns, timing));
      OpenBaoRuntime runtime =
          new OpenBaoRuntime(
              client, kubernetes.caCertificatePem(), dns, launcher, timing.probePeriod());
      KubeletTiming kubeletTiming =
          new KubeletTiming(
              timing.probePeriod(), timing.crashBackOff(), timing.crashBackOffMax(), GRACE_PERIOD);
      Kubelet kubelet = Kubelet.startForAllNamespaces(client, runtime, faults, kubeletTiming);
      return new LaneCluster(
          kubernetes, Optional.of(dns), Optional.of(runtime), Optional.of(kubelet));
    } catch (RuntimeException e) {
      kubernetes.close();
      throw e;
    }
  }

  LaneKubernetes kubernetes() {
    return kubernetes;
  }

  /** The cluster's DNS; only a cluster that runs OpenBao pods has one. */
  ClusterDns dns() {
    return dns.orElseThrow(
        () -> new IllegalStateException("the lane runs no pods: build it with openBao(...)"));
  }

  /**
   * Drains the workloads, then stops the kubelet (and with it every container), then the runtime,
   * then the API server.
   */
  @Override
  public void close() {
    kubelet.ifPresent(k -> drainWorkloads());
    List<AutoCloseable> parts = new ArrayList<>();
    kubelet.ifPresent(parts::add);
    runtime.ifPresent(parts::add);
    parts.add(kubernetes);
    Closing.all(parts, "lane cluster did not close cleanly");
  }

  /**
   * Deletes every StatefulSet and pod and waits (bounded) until the kubelet released the pods.
   * Closing the kubelet's watches while its pods still change races fabric8's mock server, whose
   * event loop then blocks on the closed watch for up to a minute and stalls the shutdown.
   */
  private void drainWorkloads() {
    try (KubernetesClient client = kubernetes.newClient()) {
      client.apps().statefulSets().inAnyNamespace().delete();
      client.pods().inAnyNamespace().delete();
      long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
      while (!client.pods().inAnyNamespace().list().getItems().isEmpty()
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // Best effort: the lane closes anyway, only possibly slower.
    }
  }
}
