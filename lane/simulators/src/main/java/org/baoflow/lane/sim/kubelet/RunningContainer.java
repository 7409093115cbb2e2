package org.baoflow.lane.sim.kubelet;

import java.time.Duration;
import java.util.OptionalInt;

/** A container the {@link ContainerRuntime} started, as the kubelet observes it. */
public interface RunningContainer {
  /** The loopback port the container publishes; the kubelet puts it on the Pod. */
  int port();

  /** The readiness probe's current result. */
  boolean ready();

  /** The exit code once the container has stopped on its own (crashed or exited). */
  OptionalInt exitCode();

  /** Stops the container, giving it up to {@code gracePeriod} to shut down. */
  void stop(Duration gracePeriod);
}
