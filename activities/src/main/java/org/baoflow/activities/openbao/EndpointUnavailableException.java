package org.baoflow.activities.openbao;

/**
 * A pod cannot be reached yet: it does not exist or has not published where it listens. Waits count
 * it as "not yet"; elsewhere it fails the attempt, which is retried.
 */
public final class EndpointUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure described by {@code message}, which names the pod. */
  public EndpointUnavailableException(String message) {
    super(message);
  }
}
