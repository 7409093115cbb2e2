package org.baoflow.activities.bao;

/** The node could not be reached, the TLS handshake failed or the connection broke. */
public final class BaoConnectionException extends BaoException {

  private static final long serialVersionUID = 1L;

  BaoConnectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
