package org.baoflow.lane.sim.bao;

/**
 * A self-init request failed without {@code allow_failure}: OpenBao logs {@code failed to
 * initialize} and exits 1. The message names the stanza and request, never a token.
 */
public final class SelfInitFailedException extends Exception {
  private static final long serialVersionUID = 1L;

  public SelfInitFailedException(String message) {
    super(message);
  }

  public SelfInitFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
