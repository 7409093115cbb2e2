package org.baoflow.activities.bao;

import java.net.http.HttpRequest.BodyPublisher;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One API call before it is bound to an endpoint.
 *
 * @param method HTTP method
 * @param path absolute API path, {@code /v1/...}, already percent-encoded
 * @param query raw query string without {@code ?}, or null
 * @param token the token for {@code X-Vault-Token}, or null for unauthenticated calls
 * @param body the body, or null
 */
record BaoRequest(String method, String path, String query, BaoToken token, Body body) {

  /**
   * A body that can be produced again for a re-send (retry or redirect).
   *
   * @param contentType the Content-Type header
   * @param publisher a fresh publisher per send
   * @param bulk a snapshot upload, allowed the transfer timeout rather than the request timeout
   */
  record Body(String contentType, Supplier<BodyPublisher> publisher, boolean bulk) {}

  BaoRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    if (!path.startsWith("/v1/")) {
      throw new IllegalArgumentException("API paths start with /v1/");
    }
  }

  static BaoRequest get(String path, BaoToken token) {
    return new BaoRequest("GET", path, null, token, null);
  }

  static BaoRequest write(String method, String path, BaoToken token, Body body) {
    return new BaoRequest(method, path, null, token, body);
  }

  static BaoRequest head(String path) {
    return new BaoRequest("HEAD", path, null, null, null);
  }

  /** Reads that change nothing, so a lost connection may be retried. */
  boolean idempotent() {
    return method.equals("GET") || method.equals("HEAD");
  }

  BaoRequest withQuery(String rawQuery) {
    return new BaoRequest(method, path, rawQuery, token, body);
  }

  /** The same call sent where a 307 pointed, keeping method, token and body. */
  BaoRequest redirectedTo(String rawPath, String rawQuery) {
    return new BaoRequest(method, rawPath, rawQuery, token, body);
  }

  String pathAndQuery() {
    return query == null ? path : path + "?" + query;
  }

  /** {@code METHOD /v1/path} for messages: no query, no token, no body. */
  String describe() {
    return method + " " + path;
  }

  @Override
  public String toString() {
    return "BaoRequest[" + describe() + (token == null ? "" : ", token=redacted") + "]";
  }
}
