package org.baoflow.lane.sim.pod;

/**
 * The container could not start: a volume, variable or entrypoint failed as it would fail on a
 * node. The message is what Kubernetes would show and never carries a secret value.
 */
final class ContainerStartException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ContainerStartException(String message) {
    super(message);
  }

  ContainerStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
