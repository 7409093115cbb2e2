package org.baoflow.lane.sim.kube;

import java.util.List;

/** An error the lane's API server can answer instead of serving a request. */
public enum ApiFailure {
  /** {@code 500 InternalError}: an API server or etcd hiccup. */
  INTERNAL_ERROR(500, "InternalError", "Internal error occurred: the lane injected a fault"),
  /**
   * {@code 409 Conflict}: what a writer sees when another one got there first (a stale
   * resourceVersion, or an object that already exists).
   */
  CONFLICT(
      409,
      "Conflict",
      "Operation cannot be fulfilled: the object has been modified; please apply your changes to"
          + " the latest version and try again");

  private final int code;
  private final String reason;
  private final String message;

  ApiFailure(int code, String reason, String message) {
    this.code = code;
    this.reason = reason;
    this.message = message;
  }

  /** The HTTP status code. */
  public int code() {
    return code;
  }

  ApiRejection toRejection() {
    return new ApiRejection(code, reason, message, List.of());
  }
}
