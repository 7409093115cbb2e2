package org.baoflow.lane.sim.bao.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Envelope;
import org.baoflow.lane.sim.bao.logical.Json;

/**
 * Turns a successful login on a mount into a service token and the {@code auth} block of reference
 * §1.2. One entity id per (mount, alias name), stable across logins, as OpenBao's identity store
 * keeps it.
 */
final class Logins {

  /** An auth mount's default and maximum lease (the system's 768h). */
  static final Duration SYSTEM_MAX_TTL = Duration.ofHours(768);

  private final TokenStore tokens;
  private final Map<String, String> entityIds = new ConcurrentHashMap<>();

  Logins(TokenStore tokens) {
    this.tokens = tokens;
  }

  BaoResponse issue(
      String mountPath, TokenParams params, String aliasName, Map<String, String> metadata) {
    String mount =
        mountPath.endsWith("/") ? mountPath.substring(0, mountPath.length() - 1) : mountPath;
    String entityId =
        entityIds.computeIfAbsent(mount + "\n" + aliasName, key -> UUID.randomUUID().toString());
    Duration ttl =
        params.ttl().isZero() || params.ttl().compareTo(SYSTEM_MAX_TTL) > 0
            ? SYSTEM_MAX_TTL
            : params.ttl();
    TokenEntry entry =
        tokens.create(
            params.effectivePolicies(),
            "auth/" + mount + "/login",
            mount.replace('/', '-') + "-" + aliasName,
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
}
