package org.baoflow.lane.sim.kube.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The {@code v1 Status} body the API server answers failures with. */
final class KubeStatus {

  private KubeStatus() {}

  static ApiResponse badRequest(String message) {
    return failure(400, "BadRequest", message, null);
  }

  static ApiResponse notFound(String resource, String name) {
    ObjectNode details = Json.object();
    details.put("name", name);
    details.put("kind", resource);
    return failure(404, "NotFound", resource + " " + GoQuoted.of(name) + " not found", details);
  }

  /** A 422 for one invalid field of an object of {@code kind} in {@code group}. */
  static ApiResponse invalid(
      String group, String kind, String name, String field, String fieldMessage) {
    ObjectNode details = Json.object();
    details.put("name", name);
    details.put("group", group);
    details.put("kind", kind);
    details
        .putArray("causes")
        .addObject()
        .put("reason", "FieldValueInvalid")
        .put("message", fieldMessage)
        .put("field", field);
    String message =
        kind
            + "."
            + group
            + " "
            + GoQuoted.of(name)
            + " is invalid: "
            + field
            + ": "
            + fieldMessage;
    return failure(422, "Invalid", message, details);
  }

  private static ApiResponse failure(int code, String reason, String message, ObjectNode details) {
    ObjectNode status = Json.object();
    status.put("kind", "Status");
    status.put("apiVersion", "v1");
    status.putObject("metadata");
    status.put("status", "Failure");
    status.put("message", message);
    status.put("reason", reason);
    if (details != null) {
      status.set("details", details);
    }
    status.put("code", code);
    return new ApiResponse(code, ApiResponse.JSON, Json.write(status));
  }
}
