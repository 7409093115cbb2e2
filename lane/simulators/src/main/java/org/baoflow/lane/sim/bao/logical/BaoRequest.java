package org.baoflow.lane.sim.bao.logical;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A logical request as the node server hands it to the auth logic.
 *
 * @param operation what the request does, see {@link Capability#ofHttp}
 * @param path the logical path without {@code /v1/}, e.g. {@code auth/jwt/login}
 * @param token the {@code X-Vault-Token} (or bearer) value, or {@code null}
 * @param data the JSON body; an empty object when there was none
 */
public record BaoRequest(Capability operation, String path, String token, ObjectNode data) {

  public BaoRequest {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(path, "path");
    data = data == null ? Json.object() : data;
  }

  @Override
  public String toString() {
    return "BaoRequest[" + operation + " " + path + "]";
  }
}
