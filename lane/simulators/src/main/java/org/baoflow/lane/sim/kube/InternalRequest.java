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

  static RecordedRequest withoutBody(HttpMethod method, String path) {
    return new RecordedRequest(HTTP_VERSION, method, path, Headers.builder().build(), new Buffer());
  }
}
