package org.baoflow.watcher;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderElectionConfigBuilder;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderElector;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.LeaseLock;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Competes for the watcher's coordination.k8s.io Lease, so one replica sends at a time. It runs
 * {@code onStart} when this replica becomes the leader and {@code onStop} when it stops being one,
 * then competes again until closed; closing releases the Lease so another replica takes over at
 * once instead of after the lease duration.
 */
final class LeaseLeadership implements AutoCloseable {
  static final Duration LEASE_DURATION = Duration.ofSeconds(15);
  static final Duration RENEW_DEADLINE = Duration.ofSeconds(10);
  static final Duration RETRY_PERIOD = Duration.ofSeconds(2);

  private static final Logger LOG = LoggerFactory.getLogger(LeaseLeadership.class);

  private final KubernetesClient kube;
  private final WatcherSettings settings;
  private final Runnable onStart;
  private final Runnable onStop;
  private LeaderElector elector;
  private CompletableFuture<?> election;
  private boolean closed;

  LeaseLeadership(
      KubernetesClient kube, WatcherSettings settings, Runnable onStart, Runnable onStop) {
    this.kube = kube;
    this.settings = settings;
    this.onStart = onStart;
    this.onStop = onStop;
  }

  /** Starts competing. */
  synchronized void start() {
    if (closed) {
      return;
    }
    elector =
        kube.leaderElector()
            .withConfig(
                new LeaderElectionConfigBuilder()
                    .withName(settings.leaseName())
                    .withLock(
                        new LeaseLock(
                            settings.leaseNamespace(), settings.leaseName(), settings.identity()))
                    .withLeaseDuration(LEASE_DURATION)
                    .withRenewDeadline(RENEW_DEADLINE)
                    .withRetryPeriod(RETRY_PERIOD)
                    .withReleaseOnCancel(true)
                    .withLeaderCallbacks(
                        new LeaderCallbacks(this::started, this::stopped, this::newLeader))
                    .build())
            .build();
    election = elector.start();
    // The elector ends when this replica loses the Lease (or cannot reach the API server); a
    // replica competes again, one retry period later so a failing API server is not hammered.
    election.whenComplete(
        (ignored, failure) -> {
          if (failure != null && !(failure instanceof CancellationException)) {
            LOG.warn("leader election of {} failed: {}", settings.identity(), failure.toString());
          }
          CompletableFuture.delayedExecutor(RETRY_PERIOD.toMillis(), TimeUnit.MILLISECONDS)
              .execute(this::start);
        });
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (election != null) {
      election.cancel(true);
      elector.release();
    }
  }

  private void started() {
    LOG.info("{} leads the watchers: sending", settings.identity());
    onStart.run();
  }

  private void stopped() {
    LOG.info("{} no longer leads the watchers: not sending", settings.identity());
    onStop.run();
  }

  private void newLeader(String identity) {
    LOG.info("watcher leader is {}", identity);
  }
}
