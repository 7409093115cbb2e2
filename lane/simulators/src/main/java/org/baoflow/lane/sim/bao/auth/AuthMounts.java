package org.baoflow.lane.sim.bao.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Envelope;
import org.baoflow.lane.sim.bao.logical.Json;
import org.baoflow.lane.sim.bao.storage.LogicalStorage;

/**
 * {@code sys/auth}: the enabled auth methods. The mount table lives in the node's storage at {@code
 * core/auth}, as OpenBao keeps it; the first read of an empty storage writes the table with the
 * built-in {@code token/} mount.
 */
final class AuthMounts {

  private static final String TABLE = "core/auth";
  private static final String TOKEN = "token/";

  private final JsonEntries storage;
  private final Predicate<String> knownType;

  /**
   * @param knownType whether a method type can be enabled
   */
  AuthMounts(LogicalStorage storage, Predicate<String> knownType) {
    this.storage = new JsonEntries(storage);
    this.knownType = knownType;
  }

  /** {@code POST sys/auth/:path}. */
  synchronized BaoResponse enable(String rawPath, ObjectNode data) {
    String path = withSlash(rawPath);
    String type = Json.text(data, "type");
    if (type.isEmpty()) {
      return BaoResponse.badRequest("backend type must be specified as a string");
    }
    Map<String, AuthMount> mounts = table();
    if (mounts.containsKey(path)) {
      return BaoResponse.badRequest("path is already in use at " + path);
    }
    for (String existing : mounts.keySet()) {
      if (path.startsWith(existing) || existing.startsWith(path)) {
        return BaoResponse.badRequest("existing mount at " + existing);
      }
    }
    if (!knownType.test(type)) {
      return BaoResponse.badRequest("plugin not found in the catalog: " + type);
    }
    mounts.put(path, AuthMount.create(path, type, Json.text(data, "description")));
    save(mounts);
    return BaoResponse.noContent();
  }

  /** {@code GET sys/auth/:path}: the mount info, also copied to the top level. */
  BaoResponse read(String rawPath) {
    AuthMount mount = table().get(withSlash(rawPath));
    return mount == null
        ? BaoResponse.badRequest("No auth engine at " + rawPath)
        : Envelope.dataAlsoAtTop(mount.info());
  }

  /** {@code DELETE sys/auth/:path}: the mount and everything in its storage are gone. */
  synchronized BaoResponse disable(String rawPath) {
    String path = withSlash(rawPath);
    if (path.equals(TOKEN)) {
      return BaoResponse.badRequest("token credential backend cannot be disabled");
    }
    Map<String, AuthMount> mounts = table();
    AuthMount removed = mounts.remove(path);
    if (removed != null) {
      save(mounts);
      storage.deleteAll(removed.storagePrefix());
    }
    return BaoResponse.noContent();
  }

  /** {@code GET sys/auth}: every mount keyed by path, also copied to the top level. */
  BaoResponse list() {
    ObjectNode data = Json.object();
    table().forEach((path, mount) -> data.set(path, mount.info()));
    return Envelope.dataAlsoAtTop(data);
  }

  /** The mount serving {@code auth/<rest>}: the one whose path is the longest prefix. */
  Optional<AuthMount> route(String rest) {
    return table().values().stream()
        .filter(mount -> (rest + "/").startsWith(mount.path()))
        .max(Comparator.comparingInt(mount -> mount.path().length()));
  }

  /** The stored table by path, sorted; written first when the storage has none. */
  private synchronized Map<String, AuthMount> table() {
    Map<String, AuthMount> mounts = new TreeMap<>();
    Optional<ObjectNode> stored = storage.get(TABLE);
    if (stored.isEmpty()) {
      mounts.put(TOKEN, AuthMount.create(TOKEN, "token", "token based credentials"));
      save(mounts);
      return mounts;
    }
    for (JsonNode entry : stored.get().path("entries")) {
      AuthMount mount = AuthMount.fromStored(entry);
      mounts.put(mount.path(), mount);
    }
    return mounts;
  }

  private void save(Map<String, AuthMount> mounts) {
    ObjectNode table = Json.object();
    table.put("type", "auth");
    ArrayNode entries = table.putArray("entries");
    mounts.values().forEach(mount -> entries.add(mount.toStored()));
    storage.put(TABLE, table);
  }

  private static String withSlash(String path) {
    return path.endsWith("/") ? path : path + "/";
  }
}
