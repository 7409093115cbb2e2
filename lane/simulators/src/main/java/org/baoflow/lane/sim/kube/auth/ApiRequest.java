package org.baoflow.lane.sim.kube.auth;

import java.util.Objects;

/**
 * An HTTP request as the mock API server's dispatcher hands it to an {@link ApiHandler}.
 *
 * @param method the HTTP method, upper case ({@code GET}, {@code POST})
 * @param path the request path; a query string, if the dispatcher leaves one on, is ignored
 * @param body the request body as text, or {@code null} when there is none
 */
public record ApiRequest(String method, String path, String body) {

  public ApiRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
  }

  /** The path without its query string. */
  public String pathOnly() {
    int query = path.indexOf('?');
    return query < 0 ? path : path.substring(0, query);
  }

  @Override
  public String toString() {
    // The body can carry a token (TokenReview), so it stays out of any log line.
    return "ApiRequest[" + method + " " + pathOnly() + "]";
  }
}
