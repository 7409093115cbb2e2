package org.baoflow.lane.sim.bao.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.baoflow.lane.sim.bao.logical.Json;

/**
 * An enabled auth method.
 *
 * @param path the mount path with a trailing slash, e.g. {@code jwt-operator/}
 * @param type {@code jwt}, {@code kubernetes} or {@code userpass}
 * @param method the logic serving {@code auth/<path>...}
 */
record AuthMount(
    String path, String type, String description, String accessor, String uuid, AuthMethod method) {

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
