package org.baoflow.lane.sim.bao.engines;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Capability;
import org.baoflow.lane.sim.bao.logical.Envelope;
import org.baoflow.lane.sim.bao.logical.Json;
import org.baoflow.lane.sim.bao.storage.LogicalStorage;

/** KV version 1: one unversioned JSON object per path. */
final class KvV1Engine implements SecretEngine {

  /** KV v1 reads carry the system default lease of 768h, although nothing is leased. */
  static final long DEFAULT_LEASE_SECONDS = 2_764_800L;

  @Override
  public BaoResponse handle(
      Capability operation, String subPath, ObjectNode data, LogicalStorage view) {
    return switch (operation) {
      case READ -> read(subPath, view);
      case CREATE, UPDATE -> write(subPath, data, view);
      case DELETE -> {
        view.delete(subPath);
        yield BaoResponse.noContent();
      }
      case LIST -> list(subPath, view);
      default -> BaoResponse.unsupported();
    };
  }

  private static BaoResponse read(String key, LogicalStorage view) {
    Optional<ObjectNode> stored = key.isEmpty() ? Optional.empty() : StoredJson.read(view, key);
    if (stored.isEmpty()) {
      return BaoResponse.notFound();
    }
    ObjectNode envelope = Envelope.of(stored.get(), null);
    envelope.put("lease_duration", DEFAULT_LEASE_SECONDS);
    return BaoResponse.ok(envelope);
  }

  private static BaoResponse write(String key, ObjectNode data, LogicalStorage view) {
    if (key.isEmpty()) {
      return BaoResponse.badRequest("missing path");
    }
    if (data.isEmpty()) {
      return BaoResponse.badRequest("missing data fields");
    }
    StoredJson.write(view, key, data);
    return BaoResponse.noContent();
  }

  static BaoResponse list(String path, LogicalStorage view) {
    String prefix = path.isEmpty() || path.endsWith("/") ? path : path + "/";
    List<String> keys = view.list(prefix);
    if (keys.isEmpty()) {
      return BaoResponse.notFound();
    }
    ObjectNode result = Json.object();
    result.set("keys", Json.array(keys));
    return Envelope.data(result);
  }
}
