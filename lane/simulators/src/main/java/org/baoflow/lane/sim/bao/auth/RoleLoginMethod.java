package org.baoflow.lane.sim.bao.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Capability;
import org.baoflow.lane.sim.bao.logical.Envelope;
import org.baoflow.lane.sim.bao.logical.Json;
import org.baoflow.lane.sim.bao.storage.LogicalStorage;

/**
 * An auth method of the {@code config}, {@code role/<name>} and {@code login} shape, as JWT and
 * Kubernetes auth are: the routing, the status codes and the storage layout (the config at {@code
 * config}, each role at {@code role/<name>} of the mount's storage) live here, the method's own
 * rules in the subclass.
 */
abstract class RoleLoginMethod implements AuthMethod {
  private static final String CONFIG = "config";
  private static final String ROLE_PREFIX = "role/";

  private final JsonEntries storage;

  /**
   * @param storage the mount's own storage view
   */
  RoleLoginMethod(LogicalStorage storage) {
    this.storage = new JsonEntries(storage);
  }

  @Override
  public boolean unauthenticated(String subPath) {
    return subPath.equals("login");
  }

  @Override
  public final BaoResponse handle(Capability operation, String subPath, ObjectNode data) {
    if (subPath.equals(CONFIG)) {
      return switch (operation) {
        case READ -> configData().map(Envelope::data).orElseGet(BaoResponse::notFound);
        case CREATE, UPDATE -> writeConfig(data);
        default -> BaoResponse.unsupported();
      };
    }
    if (subPath.equals("role") && operation == Capability.LIST) {
      List<String> names = storage.names(ROLE_PREFIX);
      ObjectNode keys = Json.object();
      keys.set("keys", Json.array(names));
      return names.isEmpty() ? BaoResponse.notFound() : Envelope.data(keys);
    }
    if (subPath.startsWith(ROLE_PREFIX)) {
      String name = subPath.substring(ROLE_PREFIX.length());
      return switch (operation) {
        case READ -> roleData(name).map(Envelope::data).orElseGet(BaoResponse::notFound);
        case CREATE, UPDATE -> writeRole(name, data);
        case DELETE -> {
          storage.delete(ROLE_PREFIX + name);
          yield BaoResponse.noContent();
        }
        default -> BaoResponse.unsupported();
      };
    }
    if (subPath.equals("login")) {
      return operation == Capability.UPDATE || operation == Capability.CREATE
          ? login(data)
          : BaoResponse.unsupported();
    }
    return BaoResponse.notFound();
  }

  /** The stored config, empty before one was written. */
  final Optional<ObjectNode> storedConfig() {
    return storage.get(CONFIG);
  }

  final void storeConfig(ObjectNode config) {
    storage.put(CONFIG, config);
  }

  /** The stored role, empty when there is none. */
  final Optional<ObjectNode> storedRole(String name) {
    return storage.get(ROLE_PREFIX + name);
  }

  final void storeRole(String name, ObjectNode role) {
    storage.put(ROLE_PREFIX + name, role);
  }

  /** The config as a read returns it; empty before one was written. */
  abstract Optional<ObjectNode> configData();

  /** Validates the config and stores it. */
  abstract BaoResponse writeConfig(ObjectNode data);

  /** A role as a read returns it; empty when there is none. */
  abstract Optional<ObjectNode> roleData(String name);

  /** Validates the role and stores it. */
  abstract BaoResponse writeRole(String name, ObjectNode data);

  abstract BaoResponse login(ObjectNode data);
}
