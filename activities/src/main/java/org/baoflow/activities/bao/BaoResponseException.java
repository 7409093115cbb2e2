package org.baoflow.activities.bao;

import java.util.List;

/** OpenBao answered with an error status; {@link #errors()} holds its {@code errors[]} messages. */
public abstract class BaoResponseException extends BaoException {

  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final List<String> errors;

  BaoResponseException(String request, int statusCode, List<String> errors) {
    super(request + " answered " + statusCode + ": " + errors, null);
    this.statusCode = statusCode;
    this.errors = List.copyOf(errors);
  }

  public int statusCode() {
    return statusCode;
  }

  /** The server's messages, possibly empty (a 404 for a missing path answers {@code []}). */
  public List<String> errors() {
    return errors;
  }
}
