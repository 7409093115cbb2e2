package org.baoflow.lane.sim.bao;

/**
 * OpenBao exits at start: a file it cannot read, a config it refuses, a seal it cannot reach. The
 * message is what the process would log as its last line; it never carries a secret.
 */
public final class NodeStartException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NodeStartException(String message) {
    super(message);
  }

  public NodeStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
