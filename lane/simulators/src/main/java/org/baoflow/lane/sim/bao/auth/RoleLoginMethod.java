package org.baoflow.lane.sim.bao.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Capability;
import org.baoflow.lane.sim.bao.logical.Envelope;
import org.baoflow.lane.sim.bao.logical.Json;

/**
 * An auth method of the {@code config}, {@code role/<name>} and {@code login} shape, as JWT and
 * Kubernetes auth are: the routing and status codes live here, the method's own rules in the
 * subclass. Requests to one mount are served one at a time.
 */
abstract class RoleLoginMethod implements AuthMethod {
  private static final String ROLE_PREFIX = "role/";

  @Override
  public boolean unauthenticated(String subPath) {
    return subPath.equals("login");
  }

  @Override
  public final synchronized BaoResponse handle(
      Capability operation, String mountPath, String subPath, ObjectNode data) {
    if (subPath.equals("config")) {
      return switch (operation) {
        case READ -> configData().map(Envelope::data).orElseGet(BaoResponse::notFound);
        case CREATE, UPDATE -> writeConfig(data);
        default -> BaoResponse.unsupported();
      };
    }
    if (subPath.equals("role") && operation == Capability.LIST) {
      ObjectNode keys = Json.object();
      keys.set("keys", Json.array(List.copyOf(roleNames())));
      return roleNames().isEmpty() ? BaoResponse.notFound() : Envelope.data(keys);
    }
    if (subPath.startsWith(ROLE_PREFIX)) {
      String name = subPath.substring(ROLE_PREFIX.length());
      return switch (operation) {
        case READ -> roleData(name).map(Envelope::data).orElseGet(BaoResponse::notFound);
        case CREATE, UPDATE -> writeRole(name, data);
        case DELETE -> {
          deleteRole(name);
          yield BaoResponse.noContent();
        }
        default -> BaoResponse.unsupported();
      };
    }
    if (subPath.equals("login")) {
      return operation == Capability.UPDATE || operation == Capability.CREATE
          ? login(mountPath, data)
          : BaoResponse.unsupported();
    }
    return BaoResponse.notFound();
  }

  /** The config as a read returns it; empty before one was written. */
  abstract Optional<ObjectNode> configData();

  abstract BaoResponse writeConfig(ObjectNode data);

  /** Names of the roles, sorted. */
  abstract Set<String> roleNames();

  /** A role as a read returns it; empty when there is none. */
  abstract Optional<ObjectNode> roleData(String name);

  abstract BaoResponse writeRole(String name, ObjectNode data);

  abstract void deleteRole(String name);

  abstract BaoResponse login(String mountPath, ObjectNode data);
}
