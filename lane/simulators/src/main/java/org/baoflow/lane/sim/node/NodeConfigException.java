package org.baoflow.lane.sim.node;

/**
 * A config.hcl OpenBao would refuse at startup: unparseable, with unknown keys, or with required
 * settings missing. The node fails to start with this message, as OpenBao would exit.
 */
public final class NodeConfigException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** A refusal with OpenBao-like wording. */
  public NodeConfigException(String message) {
    super(message);
  }

  /** A refusal caused by a syntax error. */
  public NodeConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
