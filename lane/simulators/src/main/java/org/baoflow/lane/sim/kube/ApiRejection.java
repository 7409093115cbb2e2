package org.baoflow.lane.sim.kube;

import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.StatusCause;
import io.fabric8.kubernetes.api.model.StatusCauseBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.mockwebserver.http.MockResponse;
import java.util.List;

/**
 * A request the API server refuses, answered as a Kubernetes {@code Status} with its HTTP code,
 * reason and, for invalid objects, one cause per offending field.
 */
final class ApiRejection extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  private final int code;
  private final String reason;
  private final List<String> fields;

  ApiRejection(int code, String reason, String message, List<String> fields) {
    super(message);
    this.code = code;
    this.reason = reason;
    this.fields = List.copyOf(fields);
  }

  static ApiRejection conflict(ApiPath path) {
    return new ApiRejection(
        409,
        "Conflict",
        "Operation cannot be fulfilled on "
            + path.qualifiedResource()
            + " \""
            + path.name()
            + "\": the object has been modified; please apply your changes to the latest version"
            + " and try again",
        List.of());
  }

  static ApiRejection badRequest(String message) {
    return new ApiRejection(400, "BadRequest", message, List.of());
  }

  MockResponse toResponse() {
    List<StatusCause> causes =
        fields.stream()
            .map(
                f ->
                    new StatusCauseBuilder()
                        .withField(f)
                        .withReason("FieldValueForbidden")
                        .withMessage("Forbidden: field is immutable")
                        .build())
            .toList();
    Status status =
        new StatusBuilder()
            .withStatus("Failure")
            .withCode(code)
            .withReason(reason)
            .withMessage(getMessage())
            .withNewDetails()
            .withCauses(causes)
            .endDetails()
            .build();
    return new MockResponse()
        .setResponseCode(code)
        .setHeader("Content-Type", "application/json")
        .setBody(SERIALIZATION.asJson(status));
  }
}
