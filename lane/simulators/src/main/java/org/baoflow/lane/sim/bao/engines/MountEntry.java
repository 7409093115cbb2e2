package org.baoflow.lane.sim.bao.engines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baoflow.lane.sim.bao.logical.Json;

/**
 * One secrets engine of the mount table.
 *
 * @param path the mount path with a trailing slash, e.g. {@code secret/}
 * @param type {@code kv}, or a built-in type ({@code system}, {@code identity}, {@code cubbyhole})
 * @param options the engine's options, e.g. {@code version=2}; empty shows as {@code null}
 * @param defaultLeaseTtl seconds, 0 for the system default
 * @param maxLeaseTtl seconds, 0 for the system default
 * @param passthroughRequestHeaders shown in the config only when not empty
 */
record MountEntry(
    String path,
    String type,
    String description,
    String accessor,
    String uuid,
    boolean local,
    Map<String, String> options,
    long defaultLeaseTtl,
    long maxLeaseTtl,
    boolean forceNoCache,
    List<String> passthroughRequestHeaders) {

  /** OpenBao's version of its built-in plugins, as {@code sys/mounts} reports it. */
  static final String BUILTIN_VERSION = "v2.4.0+builtin.bao";

  MountEntry {
    options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    passthroughRequestHeaders = List.copyOf(passthroughRequestHeaders);
  }

  /** The KV version of a {@code kv} mount: 2 when its options say so, else 1. */
  int kvVersion() {
    return "2".equals(options.get("version")) ? 2 : 1;
  }

  /** Where the engine's data lives: OpenBao gives each mount a barrier view by UUID. */
  String storagePrefix() {
    return "logical/" + uuid + "/";
  }

  MountEntry withTuning(
      String newDescription,
      Map<String, String> newOptions,
      long newDefaultLeaseTtl,
      long newMaxLeaseTtl) {
    return new MountEntry(
        path,
        type,
        newDescription,
        accessor,
        uuid,
        local,
        newOptions,
        newDefaultLeaseTtl,
        newMaxLeaseTtl,
        forceNoCache,
        passthroughRequestHeaders);
  }

  MountEntry withPassthrough(List<String> headers) {
    return new MountEntry(
        path,
        type,
        description,
        accessor,
        uuid,
        local,
        options,
        defaultLeaseTtl,
        maxLeaseTtl,
        forceNoCache,
        headers);
  }

  /** The entry of {@code GET sys/mounts} and {@code GET sys/mounts/:path}. */
  ObjectNode info() {
    ObjectNode info = Json.object();
    info.put("accessor", accessor);
    ObjectNode config = info.putObject("config");
    config.put("default_lease_ttl", defaultLeaseTtl);
    config.put("force_no_cache", forceNoCache);
    config.put("max_lease_ttl", maxLeaseTtl);
    if (!passthroughRequestHeaders.isEmpty()) {
      config.set("passthrough_request_headers", Json.array(passthroughRequestHeaders));
    }
    info.put("description", description);
    info.put("external_entropy_access", false);
    info.put("local", local);
    if (options.isEmpty()) {
      info.putNull("options");
    } else {
      info.set("options", Json.strings(options));
    }
    info.put("plugin_version", "");
    info.put("running_plugin_version", BUILTIN_VERSION);
    info.put("running_sha256", "");
    info.put("seal_wrap", false);
    info.put("type", type);
    info.put("uuid", uuid);
    return info;
  }

  /** The stored form: the info with the path. */
  ObjectNode toStored() {
    ObjectNode stored = info();
    stored.put("path", path);
    return stored;
  }

  static MountEntry fromStored(JsonNode stored) {
    Map<String, String> options = new LinkedHashMap<>();
    stored
        .path("options")
        .properties()
        .forEach(o -> options.put(o.getKey(), o.getValue().asText()));
    JsonNode config = stored.path("config");
    return new MountEntry(
        stored.path("path").asText(),
        stored.path("type").asText(),
        stored.path("description").asText(),
        stored.path("accessor").asText(),
        stored.path("uuid").asText(),
        stored.path("local").asBoolean(),
        options,
        config.path("default_lease_ttl").asLong(),
        config.path("max_lease_ttl").asLong(),
        config.path("force_no_cache").asBoolean(),
        Json.list(config, "passthrough_request_headers"));
  }
}
