package org.baoflow.lane.sim.kube;

import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Headers;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.nio.charset.StandardCharsets;

/** Requests the lane makes to its own resource store, shaped like the ones clients send. */
final class InternalRequest {
  private static final String HTTP_VERSION = "HTTP/1.1";

  private InternalRequest() {}

  static RecordedRequest json(HttpMethod method, String path, String body) {
    return new RecordedRequest(
        HTTP_VERSION,
        method,
        path,
        Headers.builder().add("Content-Type", "application/json").build(),
        new Buffer(body.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * A copy of {@code original} carrying {@code body}: reading a request's body consumes it, so a
   * request read for checks is replayed to the store as a copy.
   */
  static RecordedRequest replay(RecordedRequest original, String body) {
    return new RecordedRequest(
        original.getHttpVersion(),
        original.method(),
        original.getPath(),
        original.getHeaders(),
        new Buffer(body.getBytes(StandardCharsets.UTF_8)));
  }
}
