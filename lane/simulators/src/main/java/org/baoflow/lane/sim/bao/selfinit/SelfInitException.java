package org.baoflow.lane.sim.bao.selfinit;

/**
 * Self-initialization failed: a request without {@code allow_failure} was refused, or a dynamic
 * source could not be evaluated. OpenBao logs {@code failed to initialize} and exits 1. The message
 * names the request and the server's errors, never a value of the request's data.
 */
public final class SelfInitException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SelfInitException(String message) {
    super(message);
  }
}
