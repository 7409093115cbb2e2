package org.baoflow.lane.sim.bao.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Envelope;
import org.baoflow.lane.sim.bao.logical.Json;
import org.baoflow.lane.sim.bao.storage.LogicalStorage;

/**
 * Turns a successful login on one mount into a service token and the {@code auth} block of
 * reference §1.2. One entity id per (mount, alias name), stable across logins and kept in storage
 * under {@code sys/identity/alias/<mount accessor>/}, as OpenBao's identity store keeps aliases.
 */
final class Logins {

  /** An auth mount's default and maximum lease (the system's 768h). */
  static final Duration SYSTEM_MAX_TTL = Duration.ofHours(768);

  private final TokenStore tokens;
  private final AuthMount mount;
  private final JsonEntries aliases;

  /**
   * @param storage the node's logical storage
   */
  Logins(TokenStore tokens, LogicalStorage storage, AuthMount mount) {
    this.tokens = tokens;
    this.mount = mount;
    this.aliases = new JsonEntries(storage).under("sys/identity/alias/" + mount.accessor() + "/");
  }

  BaoResponse issue(TokenParams params, String aliasName, Map<String, String> metadata) {
    String mountName = mount.path().substring(0, mount.path().length() - 1);
    String entityId = entityId(aliasName);
    Duration ttl =
        params.ttl().isZero() || params.ttl().compareTo(SYSTEM_MAX_TTL) > 0
            ? SYSTEM_MAX_TTL
            : params.ttl();
    TokenEntry entry =
        tokens.create(
            params.effectivePolicies(),
            "auth/" + mountName + "/login",
            mountName.replace('/', '-') + "-" + aliasName,
            metadata,
            entityId,
            ttl);
    ObjectNode auth = Json.object();
    auth.put("client_token", entry.id());
    auth.put("accessor", entry.accessor());
    auth.set("policies", Json.array(entry.policies()));
    auth.set("token_policies", Json.array(entry.policies()));
    auth.set("metadata", Json.strings(metadata));
    auth.put("lease_duration", ttl.toSeconds());
    auth.put("renewable", true);
    auth.put("entity_id", entityId);
    auth.put("token_type", "service");
    auth.put("orphan", true);
    auth.putNull("mfa_requirement");
    auth.put("num_uses", 0);
    return Envelope.auth(auth);
  }

  /** The alias's entity, created at its first login. */
  private String entityId(String aliasName) {
    // Alias names are claims such as a subject and may hold any character, so the key is a hash.
    String key = Sha256.hex(aliasName);
    return aliases
        .get(key)
        .map(alias -> Json.text(alias, "entity_id"))
        .orElseGet(
            () -> {
              String created = UUID.randomUUID().toString();
              ObjectNode alias = Json.object();
              alias.put("name", aliasName);
              alias.put("entity_id", created);
              aliases.put(key, alias);
              return created;
            });
  }
}
