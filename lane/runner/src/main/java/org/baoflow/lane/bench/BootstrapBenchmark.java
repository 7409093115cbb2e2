package org.baoflow.lane.bench;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.baoflow.api.v1alpha1.OpenBaoCluster;
import org.baoflow.api.v1alpha1.OpenBaoClusterStatus;
import org.baoflow.lane.LaneBaoFlow;
import org.baoflow.lane.sim.harness.Lane;
import org.baoflow.lane.sim.harness.SimulatedOpenBao;
import org.baoflow.watcher.LatencyRecorder;
import org.baoflow.workflows.ids.ClusterWorkflowIds;

/**
 * Issue 4's measurements, run on demand (never as a test): bootstraps the Development sample {@code
 * runs} times on one lane and prints each bootstrap's steps and its split into waiting on the lane
 * and BaoFlow's own time, and the history lengths; then changes a forwarded annotation {@code
 * events} times and prints the watcher's event-to-signal latency.
 *
 * <p>{@code ./mvnw -q -o -pl lane/runner exec:java
 * -Dexec.mainClass=org.baoflow.lane.bench.BootstrapBenchmark -Dexec.args="3 1000"}
 */
public final class BootstrapBenchmark {
  private static final KubernetesSerialization YAML = new KubernetesSerialization();
  private static final Path SAMPLE = Path.of("deploy", "samples", "dev-lane.yaml");

  private BootstrapBenchmark() {}

  /** {@code [runs] [events]}, default 3 and 1000. */
  public static void main(String[] args) throws Exception {
    System.setProperty("logback.configurationFile", "logback-lane.xml");
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    int events = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    PrintStream out = System.out;
    try (Lane lane =
            Lane.builder().realTimeTemporal().openBao(SimulatedOpenBao.launchers()).start();
        LaneBaoFlow baoflow = LaneBaoFlow.start(lane, Lane.DEFAULT_CLUSTER)) {
      KubernetesClient kube = lane.client();
      for (int run = 1; run <= runs; run++) {
        String name = "bench-" + run;
        long started = System.nanoTime();
        create(kube, name);
        awaitRunning(kube, name);
        Duration wall = Duration.ofNanos(System.nanoTime() - started);
        ClusterWorkflowIds ids = new ClusterWorkflowIds(Lane.DEFAULT_CLUSTER, "bench", name);
        BootstrapTimeline bootstrap =
            BootstrapTimeline.of(lane.workflowClient().fetchHistory(ids.bootstrap()).getEvents());
        int clusterEvents = lane.workflowClient().fetchHistory(ids.cluster()).getEvents().size();
        print(out, run, wall, bootstrap, clusterEvents);
      }
      measureWatcher(kube, baoflow, events, out);
    }
    System.exit(0);
  }

  private static void print(
      PrintStream out, int run, Duration wall, BootstrapTimeline bootstrap, int clusterEvents) {
    out.printf(
        Locale.ROOT,
        "run %d: apply to Running %.2f s; bootstrap workflow %.2f s = waiting on the lane %.2f s"
            + " + operator %.2f s; history events: bootstrap %d, cluster workflow %d%n",
        run,
        seconds(wall),
        seconds(bootstrap.total()),
        seconds(bootstrap.waiting()),
        seconds(bootstrap.operator()),
        bootstrap.events(),
        clusterEvents);
    for (BootstrapTimeline.Step step : bootstrap.steps()) {
      out.printf(
          Locale.ROOT,
          "    %-22s %7.3f s%s%n",
          step.type(),
          seconds(step.duration()),
          step.waitsOnTheLane() ? "  (waits on the lane)" : "");
    }
  }

  private static void measureWatcher(
      KubernetesClient kube, LaneBaoFlow baoflow, int events, PrintStream out) {
    long before = baoflow.watcher().metrics().acknowledged();
    long started = System.nanoTime();
    for (int i = 0; i < events; i++) {
      String value = Integer.toString(i);
      kube.resources(OpenBaoCluster.class)
          .inNamespace("bench")
          .withName("bench-1")
          .edit(
              cluster -> {
                cluster.getMetadata().getAnnotations().put("openbao.org/bench", value);
                return cluster;
              });
    }
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (baoflow.watcher().metrics().acknowledged() < before + events
        && System.nanoTime() < deadline) {
      sleep(10);
    }
    LatencyRecorder latency = baoflow.watcher().metrics().latency();
    out.printf(
        Locale.ROOT,
        "watcher: %d annotation changes in %.2f s, %d signals acknowledged; event to signal"
            + " accepted p50 %.1f ms, p99 %.1f ms (over the last %d sends)%n",
        events,
        seconds(Duration.ofNanos(System.nanoTime() - started)),
        baoflow.watcher().metrics().acknowledged() - before,
        latency.p50().toNanos() / 1e6,
        latency.p99().toNanos() / 1e6,
        latency.count());
  }

  private static void create(KubernetesClient kube, String name) throws Exception {
    OpenBaoCluster cluster =
        YAML.unmarshal(Files.readString(SAMPLE, StandardCharsets.UTF_8), OpenBaoCluster.class);
    cluster.getMetadata().setName(name);
    cluster.getMetadata().setNamespace("bench");
    cluster.getMetadata().setAnnotations(new java.util.HashMap<>(Map.of()));
    kube.resource(new NamespaceBuilder().withNewMetadata().withName("bench").endMetadata().build())
        .serverSideApply();
    kube.resource(cluster).create();
  }

  private static void awaitRunning(KubernetesClient kube, String name) {
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (System.nanoTime() < deadline) {
      OpenBaoCluster cluster =
          kube.resources(OpenBaoCluster.class).inNamespace("bench").withName(name).get();
      OpenBaoClusterStatus status = cluster == null ? null : cluster.getStatus();
      if (status != null
          && "Running".equals(status.getPhase())
          && status.getOperation() == null
          && Integer.valueOf(3).equals(status.getReadyReplicas())) {
        return;
      }
      sleep(20);
    }
    throw new IllegalStateException(name + " did not reach Running in 5 minutes");
  }

  private static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
