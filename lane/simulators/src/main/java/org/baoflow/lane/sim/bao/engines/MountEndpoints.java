package org.baoflow.lane.sim.bao.engines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Envelope;
import org.baoflow.lane.sim.bao.logical.Json;
import org.baoflow.lane.sim.bao.storage.LogicalStorage;

/**
 * {@code sys/mounts}, {@code sys/mounts/:path} and {@code sys/mounts/:path/tune}. Their answers
 * also carry the data at the top level, as OpenBao's {@code sys/mounts*} routes do.
 */
final class MountEndpoints {

  /** OpenBao's system default for both lease TTLs: 768h. */
  static final long SYSTEM_TTL_SECONDS = 2_764_800L;

  /** Paths under which no secrets engine may be mounted, nor these be unmounted. */
  private static final List<String> PROTECTED =
      List.of("audit/", "auth/", "sys/", "cubbyhole/", "identity/");

  /** Built-in types of which every cluster has exactly one. */
  private static final Set<String> SINGLETONS = Set.of("cubbyhole", "system", "token", "identity");

  private final KvV2Engine kvV2;

  MountEndpoints(KvV2Engine kvV2) {
    this.kvV2 = kvV2;
  }

  BaoResponse list(MountTable table) {
    ObjectNode data = Json.object();
    table.entries().forEach(entry -> data.set(entry.path(), entry.info()));
    return Envelope.dataAlsoAtTop(data);
  }

  BaoResponse read(MountTable table, String path) {
    return table
        .get(path)
        .map(entry -> Envelope.dataAlsoAtTop(entry.info()))
        .orElseGet(() -> BaoResponse.badRequest("No secret engine mount at " + path));
  }

  /** {@code POST sys/mounts/:path}. */
  BaoResponse enable(MountTable table, String path, ObjectNode data) {
    if (path.equals("/")) {
      return BaoResponse.badRequest("backend path must be specified");
    }
    String requested = Json.text(data, "type");
    if (requested.isEmpty()) {
      return BaoResponse.badRequest("backend type must be specified as a string");
    }
    for (String prefix : PROTECTED) {
      if (path.startsWith(prefix)) {
        return BaoResponse.error(403, List.of("cannot mount \"" + path + "\""));
      }
    }
    if (SINGLETONS.contains(requested)) {
      return BaoResponse.error(
          403, List.of("mount type of \"" + requested + "\" is not mountable"));
    }
    Map<String, String> options = strings(data.path("options"));
    switch (requested) {
      case "kv-v1" -> options.put("version", "1");
      case "kv-v2" -> options.put("version", "2");
      case "kv" -> {}
      default -> {
        return BaoResponse.badRequest("plugin not found in the catalog: " + requested);
      }
    }
    Optional<BaoResponse> invalid = invalidVersion(options);
    if (invalid.isPresent()) {
      return invalid.get();
    }
    if (table.get(path).isPresent()) {
      return BaoResponse.badRequest("path is already in use at " + path);
    }
    Optional<String> conflict = table.conflict(path);
    if (conflict.isPresent()) {
      return BaoResponse.badRequest("existing mount at " + conflict.get());
    }
    JsonNode config = data.path("config");
    Optional<Duration> defaultTtl = ttl(config.path("default_lease_ttl"));
    Optional<Duration> maxTtl = ttl(config.path("max_lease_ttl"));
    if (defaultTtl.isEmpty() || maxTtl.isEmpty()) {
      return BaoResponse.badRequest("unable to parse the lease TTLs in config");
    }
    MountEntry entry =
        MountTable.newEntry(path, "kv", Json.text(data, "description"), false, options);
    table.put(
        entry.withTuning(
            entry.description(), options, defaultTtl.get().toSeconds(), maxTtl.get().toSeconds()));
    return BaoResponse.noContent();
  }

  /** {@code DELETE sys/mounts/:path}: removes the mount and all its data. */
  BaoResponse disable(MountTable table, LogicalStorage storage, String path) {
    for (String prefix : PROTECTED) {
      if (path.startsWith(prefix)) {
        return BaoResponse.badRequest("cannot unmount \"" + path + "\"");
      }
    }
    // OpenBao answers 204 for a missing mount too, so as not to reveal which mounts exist.
    table
        .get(path)
        .ifPresent(
            entry -> {
              table.remove(path);
              StoredJson.deleteTree(storage, entry.storagePrefix());
            });
    return BaoResponse.noContent();
  }

  /** {@code GET sys/mounts/:path/tune}: the effective TTLs, system defaults filled in. */
  BaoResponse readTune(MountTable table, String path) {
    Optional<MountEntry> entry = table.get(path);
    if (entry.isEmpty()) {
      return BaoResponse.badRequest("cannot fetch sysview for path \"" + path + "\"");
    }
    ObjectNode data = Json.object();
    data.put("default_lease_ttl", effective(entry.get().defaultLeaseTtl()));
    data.put("description", entry.get().description());
    data.put("force_no_cache", entry.get().forceNoCache());
    data.put("max_lease_ttl", effective(entry.get().maxLeaseTtl()));
    if (!entry.get().options().isEmpty()) {
      data.set("options", Json.strings(entry.get().options()));
    }
    return Envelope.dataAlsoAtTop(data);
  }

  /**
   * {@code POST sys/mounts/:path/tune}: description, TTLs and options. Raising a KV mount's {@code
   * version} from 1 to 2 upgrades its secrets to version 1 of each; lowering it is refused.
   */
  BaoResponse tune(MountTable table, LogicalStorage storage, String path, ObjectNode data) {
    Optional<MountEntry> found = table.get(path);
    if (found.isEmpty()) {
      return BaoResponse.badRequest("tune of path \"" + path + "\" failed: no mount entry found");
    }
    MountEntry entry = found.get();
    Optional<Duration> defaultTtl =
        data.has("default_lease_ttl")
            ? ttl(data.get("default_lease_ttl"))
            : Optional.of(Duration.ofSeconds(entry.defaultLeaseTtl()));
    Optional<Duration> maxTtl =
        data.has("max_lease_ttl")
            ? ttl(data.get("max_lease_ttl"))
            : Optional.of(Duration.ofSeconds(entry.maxLeaseTtl()));
    if (defaultTtl.isEmpty() || maxTtl.isEmpty()) {
      return BaoResponse.badRequest("unable to parse the lease TTLs");
    }
    Map<String, String> options = new LinkedHashMap<>(entry.options());
    Map<String, String> requested = strings(data.path("options"));
    boolean upgrade = false;
    if (requested.containsKey("version") && !requested.get("version").isEmpty()) {
      Optional<BaoResponse> invalid = invalidVersion(requested);
      if (invalid.isPresent()) {
        return invalid.get();
      }
      int wanted = Integer.parseInt(requested.get("version"));
      if (entry.kvVersion() > wanted) {
        return BaoResponse.badRequest("cannot downgrade mount from version " + entry.kvVersion());
      }
      upgrade = entry.kvVersion() < wanted;
    }
    options.putAll(requested);
    table.put(
        entry.withTuning(
            data.has("description") ? Json.text(data, "description") : entry.description(),
            options,
            defaultTtl.get().toSeconds(),
            maxTtl.get().toSeconds()));
    if (!upgrade) {
      return BaoResponse.noContent();
    }
    upgradeToVersion2(storage.under(entry.storagePrefix()));
    ObjectNode envelope = Envelope.of(null, null);
    envelope.set(
        "warnings",
        Json.array(
            List.of(
                "Upgrading mount from version 1 to version 2. This mount will be unavailable for"
                    + " a brief period and will resume service shortly.")));
    return BaoResponse.ok(envelope);
  }

  private void upgradeToVersion2(LogicalStorage view) {
    Map<String, ObjectNode> secrets = new LinkedHashMap<>();
    collect(view, "", secrets);
    secrets.keySet().forEach(view::delete);
    kvV2.importVersion1(secrets, view);
  }

  private static void collect(LogicalStorage view, String prefix, Map<String, ObjectNode> into) {
    for (String name : view.list(prefix)) {
      if (name.endsWith("/")) {
        collect(view, prefix + name, into);
      } else {
        StoredJson.read(view, prefix + name).ifPresent(data -> into.put(prefix + name, data));
      }
    }
  }

  private static Optional<BaoResponse> invalidVersion(Map<String, String> options) {
    String version = options.getOrDefault("version", "");
    if (version.isEmpty() || version.equals("1") || version.equals("2")) {
      return Optional.empty();
    }
    return Optional.of(BaoResponse.badRequest("invalid version provided: " + version));
  }

  private static long effective(long seconds) {
    return seconds == 0 ? SYSTEM_TTL_SECONDS : seconds;
  }

  /** A TTL field: absent or empty means the system default, written as 0. */
  private static Optional<Duration> ttl(JsonNode value) {
    if (value.isMissingNode()
        || value.isNull()
        || value.asText().isEmpty()
        || value.asText().equals("system")) {
      return Optional.of(Duration.ZERO);
    }
    return Durations.parse(value);
  }

  private static Map<String, String> strings(JsonNode object) {
    Map<String, String> values = new LinkedHashMap<>();
    object.properties().forEach(field -> values.put(field.getKey(), field.getValue().asText()));
    return values;
  }
}
