package org.baoflow.activities.bao;

/** A failed OpenBao call. Messages name the method and path, never a token or other secret. */
public abstract class BaoException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  BaoException(String message, Throwable cause) {
    super(message, cause);
  }
}
