package org.baoflow.activities.pki;

/**
 * PEM text could not be decoded. The message says what was wrong in general terms and never quotes
 * the input, so it is safe to log even when the input was a private key.
 */
public final class PemFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  PemFormatException(String message) {
    super(message);
  }

  PemFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
