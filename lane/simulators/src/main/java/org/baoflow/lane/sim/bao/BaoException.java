package org.baoflow.lane.sim.bao;

import java.util.List;

/**
 * A request the simulated OpenBao refuses: the HTTP status and the {@code errors} array of the
 * body, worded as OpenBao words them. The messages never carry a token or a key.
 */
public final class BaoException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final List<String> errors;

  /**
   * A refusal with the given status and messages (the list may be empty, as OpenBao's often is).
   */
  public BaoException(int status, List<String> errors) {
    super(status + " " + errors);
    this.status = status;
    this.errors = List.copyOf(errors);
  }

  /** A refusal with one message. */
  public static BaoException of(int status, String message) {
    return new BaoException(status, List.of(message));
  }

  /** 503 {@code Vault is sealed}. */
  public static BaoException sealed() {
    return of(503, "Vault is sealed");
  }

  /** 403 {@code permission denied}. */
  public static BaoException permissionDenied() {
    return of(403, "permission denied");
  }

  /** The HTTP status code. */
  public int status() {
    return status;
  }

  /** The messages of the {@code errors} array. */
  public List<String> errors() {
    return errors;
  }
}
