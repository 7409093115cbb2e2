package org.baoflow.lane.sim.kube.auth;

/**
 * A token the API server would not authenticate. The message is the reason Kubernetes gives in a
 * TokenReview's {@code status.error}; it never contains the token.
 */
final class InvalidTokenException extends Exception {

  InvalidTokenException(String message) {
    super(message);
  }
}
