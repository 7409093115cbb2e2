package org.baoflow.lane;

import com.codahale.metrics.MetricRegistry;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.baoflow.activities.backup.BackupSettings;
import org.baoflow.activities.bao.BaoClientSettings;
import org.baoflow.activities.kube.KubeSettings;
import org.baoflow.activities.kube.render.Platform;
import org.baoflow.activities.openbao.BaoSettings;
import org.baoflow.activities.openbao.PodPortAnnotationResolver;
import org.baoflow.activities.openbao.ServiceAccountTokens;
import org.baoflow.activities.openbao.TokenRequestTokens;
import org.baoflow.lane.sim.harness.Lane;
import org.baoflow.watcher.ClusterWatcher;
import org.baoflow.watcher.WatcherSettings;
import org.baoflow.watcher.temporal.BaoFlowClients;
import org.baoflow.worker.BaoFlowComponents;
import org.baoflow.worker.TaskHandling;
import org.baoflow.worker.WorkerConfig;
import org.baoflow.worker.WorkerProcess;

/**
 * BaoFlow running on one cluster of a lane, as it runs in Kubernetes: the real worker process
 * (connected to the lane's Temporal by address) and the real watcher, each with its own client of
 * the lane cluster's API. Only three seams differ from production: the worker reaches pods through
 * the port the lane's kubelet publishes on each Pod, and it gets its ServiceAccount token from the
 * TokenRequest API instead of a projected file; a third maps the spec's RustFS Service URL {@link
 * #RUSTFS_SERVICE} to the lane's S3 server. Their clients send the User-Agents {@value
 * #WORKER_USER_AGENT} and {@value #WATCHER_USER_AGENT}, so the lane's API call log tells their
 * calls apart. The worker can be killed and replaced, as Kubernetes replaces a worker pod.
 */
public final class LaneBaoFlow implements AutoCloseable {
  /** Where the worker runs in the lane, as the rendered JWT roles expect. */
  public static final Platform PLATFORM = ClusterResources.PLATFORM;

  /**
   * The {@code User-Agent} of the worker's Kubernetes client, under which the lane's API call log
   * keeps the worker's calls.
   */
  public static final String WORKER_USER_AGENT = "baoflow-worker";

  /** The {@code User-Agent} of the watcher's Kubernetes client. */
  public static final String WATCHER_USER_AGENT = "baoflow-watcher";

  /**
   * The S3 endpoint a lane spec names for backups (the Development sample's in-cluster RustFS
   * Service): the validator refuses localhost and IP endpoints, so the lane's worker maps this URL
   * to the lane's loopback S3 server. Any other endpoint is used as the spec names it.
   */
  public static final URI RUSTFS_SERVICE = URI.create("http://rustfs.rustfs.svc:9000");

  /** How often the lane's activities poll: the lane answers in milliseconds. */
  public static final Duration POLL_INTERVAL = Duration.ofMillis(100);

  private final Lane lane;
  private final String laneCluster;
  private final TaskHandling taskHandling;
  private final KubernetesClient watcherKube;
  private final ClusterWatcher watcher;
  private WorkerProcess worker;

  private LaneBaoFlow(
      Lane lane,
      String laneCluster,
      TaskHandling taskHandling,
      KubernetesClient watcherKube,
      WorkerProcess worker,
      ClusterWatcher watcher) {
    this.lane = lane;
    this.laneCluster = laneCluster;
    this.taskHandling = taskHandling;
    this.watcherKube = watcherKube;
    this.worker = worker;
    this.watcher = watcher;
  }

  /** Starts the worker and the watcher of lane cluster {@code laneCluster}. */
  public static LaneBaoFlow start(Lane lane, String laneCluster) {
    return start(lane, laneCluster, TaskHandling.defaults());
  }

  /**
   * Starts the worker, with {@code taskHandling} (also for the workers that {@link #startWorker()}
   * starts later), and the watcher of lane cluster {@code laneCluster}.
   */
  public static LaneBaoFlow start(Lane lane, String laneCluster, TaskHandling taskHandling) {
    // What the install manifests create, created by the lane, so the worker's calls are its own.
    prepareWorkerAccount(lane.client(laneCluster));
    KubernetesClient workerKube = lane.kubernetes(laneCluster).newClient(WORKER_USER_AGENT);
    WorkerProcess worker = startWorker(lane, laneCluster, taskHandling, workerKube);
    KubernetesClient watcherKube = lane.kubernetes(laneCluster).newClient(WATCHER_USER_AGENT);
    ClusterWatcher watcher =
        new ClusterWatcher(
            watcherKube,
            BaoFlowClients.of(lane.temporal().serviceStubs(), lane.temporal().namespace()),
            WatcherSettings.fromEnvironment(
                Map.of(
                    "BAOFLOW_CLUSTER_NAME",
                    laneCluster,
                    "BAOFLOW_TASK_QUEUE",
                    taskQueue(laneCluster),
                    "BAOFLOW_RESYNC_PERIOD",
                    "5")));
    watcher.start();
    return new LaneBaoFlow(lane, laneCluster, taskHandling, watcherKube, worker, watcher);
  }

  /** The task queue of a lane cluster's worker: one per Kubernetes cluster, as in the DR lane. */
  public static String taskQueue(String laneCluster) {
    return "baoflow-" + laneCluster;
  }

  private static WorkerProcess startWorker(
      Lane lane, String laneCluster, TaskHandling taskHandling, KubernetesClient kube) {
    WorkerConfig config =
        WorkerConfig.fromEnvironment(
            Map.of(
                "TEMPORAL_ADDRESS",
                lane.temporal()
                    .address()
                    .orElseThrow(
                        () ->
                            new IllegalStateException(
                                "the worker connects by address: start the lane with"
                                    + " realTimeTemporal()")),
                "TEMPORAL_NAMESPACE",
                lane.temporal().namespace(),
                "BAOFLOW_TASK_QUEUE",
                taskQueue(laneCluster),
                "BAOFLOW_HTTP_PORT",
                "0",
                "BAOFLOW_SHUTDOWN_TIMEOUT_SECONDS",
                "10"));
    WorkerProcess worker =
        WorkerProcess.create(
            config,
            BaoFlowComponents.of(
                kube,
                KubeSettings.of(PLATFORM, POLL_INTERVAL),
                new BaoSettings(
                    new PodPortAnnotationResolver(kube),
                    new TokenRequestTokens(
                        kube,
                        PLATFORM.workerNamespace(),
                        PLATFORM.workerServiceAccount(),
                        ServiceAccountTokens.AUDIENCE),
                    POLL_INTERVAL,
                    BaoClientSettings.defaults()),
                backupSettings(lane),
                Clock.systemUTC(),
                List.of(kube)),
            taskHandling,
            new MetricRegistry());
    worker.start();
    return worker;
  }

  /** Backups to {@link #RUSTFS_SERVICE} go to the lane's S3 server. */
  private static BackupSettings backupSettings(Lane lane) {
    return new BackupSettings(
        endpoint -> endpoint.equals(RUSTFS_SERVICE) ? lane.rustFs().endpoint() : endpoint);
  }

  private static void prepareWorkerAccount(KubernetesClient kube) {
    kube.resource(
            new NamespaceBuilder()
                .withNewMetadata()
                .withName(PLATFORM.workerNamespace())
                .endMetadata()
                .build())
        .serverSideApply();
    kube.resource(
            new ServiceAccountBuilder()
                .withNewMetadata()
                .withNamespace(PLATFORM.workerNamespace())
                .withName(PLATFORM.workerServiceAccount())
                .endMetadata()
                .build())
        .serverSideApply();
  }

  /** The lane cluster this BaoFlow runs on. */
  public String laneCluster() {
    return laneCluster;
  }

  /** The worker process running now. */
  public synchronized WorkerProcess worker() {
    return worker;
  }

  /**
   * Kills the worker ({@link WorkerProcess#kill()}: its calls to Temporal are cancelled, its tasks
   * interrupted and its Kubernetes client closed); the lane then runs no worker until {@link
   * #startWorker()}.
   */
  public synchronized void killWorker() {
    worker.kill();
  }

  /** Starts a new worker, with its own Kubernetes client, in place of a killed one. */
  public synchronized void startWorker() {
    if (worker.readiness().ready()) {
      throw new IllegalStateException("a worker still runs: kill it first");
    }
    worker =
        startWorker(
            lane,
            laneCluster,
            taskHandling,
            lane.kubernetes(laneCluster).newClient(WORKER_USER_AGENT));
  }

  /** The watcher. */
  public ClusterWatcher watcher() {
    return watcher;
  }

  /** Stops the watcher, then the worker (which closes its client), then the watcher's client. */
  @Override
  public synchronized void close() {
    watcher.close();
    worker.close();
    watcherKube.close();
  }
}
