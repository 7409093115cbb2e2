package org.baoflow.watcher;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.temporal.client.WorkflowClient;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The watcher: informers turn OpenBaoCluster events and changes of owned StatefulSets and Services
 * into signals of the cluster workflows, sending only what changed since the last acknowledged
 * send. A periodic resync re-sends whatever Temporal never acknowledged, and only the replica that
 * holds the Lease sends. It decides nothing: validation and operations are the workflows' business.
 */
public final class ClusterWatcher implements AutoCloseable {
  private final WatcherSettings settings;
  private final WatcherMetrics metrics = new WatcherMetrics();
  private final SignalDispatcher dispatcher;
  private final ClusterInformers informers;
  private final LeaseLeadership leadership;
  private final ScheduledExecutorService resyncs;
  private volatile boolean leading;

  /**
   * @param kube the Kubernetes cluster to watch
   * @param temporal a client that uses {@code BaoFlowDataConverter}
   * @param settings how to run
   */
  public ClusterWatcher(KubernetesClient kube, WorkflowClient temporal, WatcherSettings settings) {
    this.settings = settings;
    this.dispatcher =
        new SignalDispatcher(
            new ClusterWorkflowSender(temporal, settings.taskQueue()),
            metrics,
            "baoflow-watcher-send-" + settings.identity());
    this.informers =
        new ClusterInformers(
            kube,
            settings.namespaces(),
            new ClusterEventFilter(settings.kubernetesCluster(), kube.getKubernetesSerialization()),
            metrics,
            dispatcher::offer);
    this.leadership = new LeaseLeadership(kube, settings, this::startLeading, this::stopLeading);
    this.resyncs =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "baoflow-watcher-resync");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Starts the informers (returning once they have listed), the election and the resyncs. */
  public void start() {
    dispatcher.start();
    informers.start();
    leadership.start();
    long period = settings.resyncPeriod().toMillis();
    resyncs.scheduleAtFixedRate(this::resync, period, period, TimeUnit.MILLISECONDS);
  }

  /** What this watcher did so far. */
  public WatcherMetrics metrics() {
    return metrics;
  }

  /** Whether this replica holds the Lease and sends. */
  public boolean leading() {
    return leading;
  }

  /** How many changes wait to be sent. */
  public int pending() {
    return dispatcher.pending();
  }

  /** Stops sending, releases the Lease and stops the informers. */
  @Override
  public void close() {
    resyncs.shutdownNow();
    leadership.close();
    informers.close();
    dispatcher.close();
  }

  private void startLeading() {
    leading = true;
    dispatcher.leading(true);
    // Another replica may have led until now: whatever this process never got acknowledged goes.
    resync();
  }

  private void stopLeading() {
    leading = false;
    dispatcher.leading(false);
  }

  private void resync() {
    if (leading) {
      informers.current().stream().filter(dispatcher::unacknowledged).forEach(dispatcher::offer);
    }
  }
}
