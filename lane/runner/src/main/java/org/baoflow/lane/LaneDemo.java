package org.baoflow.lane;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.baoflow.api.v1alpha1.OpenBaoCluster;
import org.baoflow.api.v1alpha1.OpenBaoClusterStatus;
import org.baoflow.lane.sim.harness.Lane;
import org.baoflow.lane.sim.harness.SimulatedOpenBao;
import org.baoflow.workflows.ids.ClusterWorkflowIds;

/**
 * The README's main job: starts the lane with the real watcher and worker, applies the
 * Development-lane sample, prints the cluster's progress phase by phase until it is Running with
 * every replica ready, names the workflows to look up, and keeps running until interrupted (or
 * exits with {@code --once}). With {@code TEMPORAL_ADDRESS} set it uses that Temporal, whose UI
 * then shows every workflow.
 */
public final class LaneDemo {
  private static final KubernetesSerialization YAML = new KubernetesSerialization();
  private static final Duration TIMEOUT = Duration.ofMinutes(5);
  private static final Duration POLL = Duration.ofMillis(100);

  private LaneDemo() {}

  /**
   * {@code LaneDemo <OpenBaoCluster YAML> [once]}: {@code once} is {@code true} or {@code --once}
   * to exit when the cluster is Running, {@code false} (the default) to keep the lane up.
   */
  public static void main(String[] args) throws Exception {
    // Before the first logger: the worker's logback.xml is on the classpath too.
    System.setProperty("logback.configurationFile", "logback-lane.xml");
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: LaneDemo <OpenBaoCluster YAML file> [--once]");
      System.exit(2);
    }
    boolean once = args.length == 2 && List.of("--once", "true").contains(args[1]);
    System.exit(run(Path.of(args[0]), once, System.out));
  }

  static int run(Path sample, boolean once, PrintStream out) throws Exception {
    OpenBaoCluster cluster = read(sample);
    long started = System.nanoTime();
    out.println(
        "BaoFlow lane demo: starting the lane (Kubernetes API, kubelet, OpenBao, RustFS,"
            + " Temporal)");
    try (Lane lane =
            Lane.builder().realTimeTemporal().openBao(SimulatedOpenBao.launchers()).start();
        LaneBaoFlow baoflow = LaneBaoFlow.start(lane, Lane.DEFAULT_CLUSTER)) {
      out.println("  Kubernetes API  " + lane.kubernetes().clientConfig().getMasterUrl());
      out.println(
          "  Temporal        "
              + lane.temporal().address().orElse("in-process")
              + " namespace "
              + lane.temporal().namespace()
              + " ("
              + lane.temporal().mode()
              + ")");
      out.println(
          "  worker          task queue "
              + LaneBaoFlow.taskQueue(Lane.DEFAULT_CLUSTER)
              + ", metrics http://127.0.0.1:"
              + baoflow.worker().httpPort()
              + "/metrics");
      KubernetesClient kube = lane.client();
      String namespace = cluster.getMetadata().getNamespace();
      String name = cluster.getMetadata().getName();
      kube.resource(
              new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata().build())
          .serverSideApply();
      DemoBackup.prepare(kube, lane.rustFs(), cluster);
      kube.resource(cluster).create();
      out.println("applied OpenBaoCluster " + namespace + "/" + name + " from " + sample);
      ClusterWorkflowIds ids = new ClusterWorkflowIds(Lane.DEFAULT_CLUSTER, namespace, name);
      boolean running =
          follow(kube, namespace, name, cluster.getSpec().getReplicas(), started, out);
      out.println();
      out.println("Workflows (Temporal UI, or `baoflow status " + namespace + "/" + name + "`):");
      out.println("  " + ids.cluster() + "  the cluster's reconciler");
      out.println("  " + ids.bootstrap() + "  Bootstrap");
      lane.temporal()
          .address()
          .ifPresent(
              address ->
                  out.println(
                      "baoflow status: ./mvnw -q -pl worker exec:java"
                          + " -Dexec.mainClass=org.baoflow.worker.cli.BaoFlowCli"
                          + " -Dexec.args=\"--temporal-address "
                          + address
                          + " --cluster "
                          + Lane.DEFAULT_CLUSTER
                          + " status "
                          + namespace
                          + "/"
                          + name
                          + "\""));
      if (!running) {
        out.println("the cluster did not reach Running within " + TIMEOUT.toMinutes() + " minutes");
        return 1;
      }
      out.println();
      if (!DemoBackup.run(kube, cluster, "demo-1", out)) {
        return 1;
      }
      if (!once) {
        out.println("The lane keeps running; stop it with Ctrl-C.");
        new CountDownLatch(1).await();
      }
      return 0;
    }
  }

  private static boolean follow(
      KubernetesClient kube,
      String namespace,
      String name,
      int replicas,
      long started,
      PrintStream out)
      throws InterruptedException {
    String last = null;
    long deadline = started + TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      OpenBaoCluster current =
          kube.resources(OpenBaoCluster.class).inNamespace(namespace).withName(name).get();
      OpenBaoClusterStatus status = current == null ? null : current.getStatus();
      String line = ProgressLine.of(status);
      if (!line.equals(last)) {
        out.println(ProgressLine.timed(Duration.ofNanos(System.nanoTime() - started), line));
        last = line;
      }
      if (status != null
          && "Running".equals(status.getPhase())
          && status.getReadyReplicas() != null
          && status.getReadyReplicas() == replicas
          && status.getOperation() == null) {
        return true;
      }
      Thread.sleep(POLL.toMillis());
    }
    return false;
  }

  private static OpenBaoCluster read(Path sample) throws IOException {
    return YAML.unmarshal(Files.readString(sample, StandardCharsets.UTF_8), OpenBaoCluster.class);
  }
}
