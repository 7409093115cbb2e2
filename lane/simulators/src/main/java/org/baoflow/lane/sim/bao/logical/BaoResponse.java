package org.baoflow.lane.sim.bao.logical;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What the node server writes back: a status and a JSON body, {@code null} for 204.
 *
 * @param status the HTTP status code
 * @param body the complete JSON body (envelope or {@code {"errors":[...]}}), or {@code null}
 */
public record BaoResponse(int status, ObjectNode body) {

  public static BaoResponse noContent() {
    return new BaoResponse(204, null);
  }

  public static BaoResponse ok(ObjectNode envelope) {
    return new BaoResponse(200, envelope);
  }

  public static BaoResponse error(int status, List<String> messages) {
    ObjectNode body = Json.object();
    body.set("errors", Json.array(messages));
    return new BaoResponse(status, body);
  }

  public static BaoResponse badRequest(String message) {
    return error(400, List.of(message));
  }

  /** 403 {@code permission denied}: a missing, unknown or expired token, or a policy refusal. */
  public static BaoResponse permissionDenied() {
    return error(403, List.of("permission denied"));
  }

  public static BaoResponse notFound() {
    return error(404, List.of());
  }

  public static BaoResponse unsupported() {
    return error(405, List.of());
  }
}
