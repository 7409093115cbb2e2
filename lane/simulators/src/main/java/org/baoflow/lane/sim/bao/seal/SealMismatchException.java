package org.baoflow.lane.sim.bao.seal;

/**
 * A blob could not be unwrapped by a seal: it was wrapped by another key, was altered, or is not a
 * seal blob. The message names key ids and seal identities, never key material.
 */
public final class SealMismatchException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SealMismatchException(String message) {
    super(message);
  }

  public SealMismatchException(String message, Throwable cause) {
    super(message, cause);
  }
}
