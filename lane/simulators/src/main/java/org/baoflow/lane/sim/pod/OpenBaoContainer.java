package org.baoflow.lane.sim.pod;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.baoflow.lane.sim.bao.LaunchedNode;
import org.baoflow.lane.sim.kubelet.RunningContainer;

/**
 * A running OpenBao container: the node the launcher started, probed in the background at the
 * kubelet's cadence so that {@link #ready()} answers at once from the last result, with its
 * service-registration labels kept current in the same round.
 */
final class OpenBaoContainer implements RunningContainer {
  private final LaunchedNode node;
  private final Optional<ReadinessProbe> readiness;
  private final Optional<RegistrationLabels> labels;
  // Set once scheduled; the first round may run before the constructor has stored it.
  private volatile ScheduledFuture<?> probing;
  private volatile boolean ready;

  OpenBaoContainer(
      LaunchedNode node,
      Optional<ReadinessProbe> readiness,
      Optional<RegistrationLabels> labels,
      ScheduledExecutorService probes,
      Duration period) {
    this.node = node;
    this.readiness = readiness;
    this.labels = labels;
    // Without a readiness probe a running container counts as ready.
    this.ready = readiness.isEmpty();
    this.probing =
        probes.scheduleWithFixedDelay(this::probe, 0, period.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void probe() {
    if (node.exitCode().isPresent()) {
      ready = false;
      ScheduledFuture<?> scheduled = probing;
      if (scheduled != null) {
        scheduled.cancel(false);
      }
      return;
    }
    int port = node.port();
    readiness.ifPresent(p -> ready = p.probe(port));
    labels.ifPresent(l -> l.update(port));
  }

  @Override
  public int port() {
    return node.port();
  }

  @Override
  public boolean ready() {
    return ready && node.exitCode().isEmpty();
  }

  @Override
  public OptionalInt exitCode() {
    return node.exitCode();
  }

  @Override
  public void stop(Duration gracePeriod) {
    probing.cancel(false);
    ready = false;
    node.stop(gracePeriod);
  }
}
