package org.baoflow.lane.sim.pod;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Probe;
import java.time.Duration;
import java.util.Optional;

/**
 * A container's readiness probe as the lane runs it: an {@code httpGet} with the spec's path and
 * query and scheme, sent to the container's published port; ready after {@code successThreshold}
 * successes in a row, unready after {@code failureThreshold} failures in a row.
 */
final class ReadinessProbe {
  private final String scheme;
  private final String path;
  private final Duration timeout;
  private final int successThreshold;
  private final int failureThreshold;
  private boolean ready;
  private int successes;
  private int failures;

  private ReadinessProbe(
      String scheme, String path, Duration timeout, int successThreshold, int failureThreshold) {
    this.scheme = scheme;
    this.path = path;
    this.timeout = timeout;
    this.successThreshold = successThreshold;
    this.failureThreshold = failureThreshold;
  }

  /**
   * The container's readiness probe; empty when it has none (the container is ready while it runs).
   *
   * @throws ContainerStartException for a probe kind the lane does not run
   */
  static Optional<ReadinessProbe> of(Container container) {
    Probe probe = container.getReadinessProbe();
    if (probe == null) {
      return Optional.empty();
    }
    if (probe.getHttpGet() == null) {
      throw new ContainerStartException("the lane runs only httpGet readiness probes");
    }
    String scheme =
        probe.getHttpGet().getScheme() == null ? "HTTP" : probe.getHttpGet().getScheme();
    String path = probe.getHttpGet().getPath() == null ? "/" : probe.getHttpGet().getPath();
    return Optional.of(
        new ReadinessProbe(
            scheme,
            path,
            Duration.ofSeconds(orDefault(probe.getTimeoutSeconds(), 1)),
            orDefault(probe.getSuccessThreshold(), 1),
            orDefault(probe.getFailureThreshold(), 3)));
  }

  /** Runs the probe once against {@code port} and returns the readiness it leads to. */
  synchronized boolean probe(int port) {
    boolean succeeded =
        HttpGet.get(scheme, port, path, timeout).map(HttpGet.Answer::succeeded).orElse(false);
    if (succeeded) {
      failures = 0;
      successes++;
      if (successes >= successThreshold) {
        ready = true;
      }
    } else {
      successes = 0;
      failures++;
      if (failures >= failureThreshold) {
        ready = false;
      }
    }
    return ready;
  }

  private static int orDefault(Integer value, int fallback) {
    return value == null || value <= 0 ? fallback : value;
  }
}
