package org.baoflow.lane.sim.bao.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HexFormat;
import java.util.UUID;
import org.baoflow.lane.sim.bao.logical.Json;

/**
 * An enabled auth method, one entry of the mount table.
 *
 * @param path the mount path with a trailing slash, e.g. {@code jwt-operator/}
 * @param type {@code token}, {@code jwt}, {@code kubernetes} or {@code userpass}
 * @param accessor the public handle of the mount, e.g. {@code auth_jwt_1a2b3c4d}
 * @param uuid names the mount's storage view, {@code auth/<uuid>/}
 */
record AuthMount(String path, String type, String description, String accessor, String uuid) {

  /** A new mount with a fresh accessor and uuid. */
  static AuthMount create(String path, String type, String description) {
    String accessorSuffix =
        HexFormat.of().toHexDigits(UUID.randomUUID().getLeastSignificantBits()).substring(0, 8);
    return new AuthMount(
        path,
        type,
        description,
        "auth_" + type + "_" + accessorSuffix,
        UUID.randomUUID().toString());
  }

  /** The prefix of the mount's own storage, as OpenBao gives each credential backend. */
  String storagePrefix() {
    return "auth/" + uuid + "/";
  }

  /** The entry as the stored mount table {@code core/auth} keeps it. */
  ObjectNode toStored() {
    ObjectNode stored = Json.object();
    stored.put("table", "auth");
    stored.put("path", path);
    stored.put("type", type);
    stored.put("description", description);
    stored.put("accessor", accessor);
    stored.put("uuid", uuid);
    return stored;
  }

  static AuthMount fromStored(JsonNode stored) {
    return new AuthMount(
        Json.text(stored, "path"),
        Json.text(stored, "type"),
        Json.text(stored, "description"),
        Json.text(stored, "accessor"),
        Json.text(stored, "uuid"));
  }

  /** The mount info of {@code GET sys/auth/:path} and of each {@code GET sys/auth} entry. */
  ObjectNode info() {
    ObjectNode info = Json.object();
    info.put("accessor", accessor);
    ObjectNode config = info.putObject("config");
    config.put("default_lease_ttl", 0);
    config.put("max_lease_ttl", 0);
    config.put("force_no_cache", false);
    config.put("token_type", "default-service");
    info.put("description", description);
    info.put("external_entropy_access", false);
    info.put("local", false);
    info.putNull("options");
    info.put("plugin_version", "");
    info.put("running_plugin_version", "v2.4.0+builtin.bao");
    info.put("running_sha256", "");
    info.put("seal_wrap", false);
    info.put("type", type);
    info.put("uuid", uuid);
    return info;
  }
}
