package org.baoflow.lane.sim.bao.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baoflow.lane.sim.bao.logical.Json;

/**
 * A service token of the token store.
 *
 * @param id the secret {@code hvs.} token; {@link #toString()} leaves it out
 * @param accessor the public handle of the token
 * @param policies the token's policies, sorted
 * @param path the path that created it, e.g. {@code auth/jwt/login} or {@code auth/token/root}
 * @param displayName e.g. {@code jwt-system:serviceaccount:ns:sa} or {@code root}
 * @param meta the login metadata, empty for root
 * @param entityId the identity entity, empty for root
 * @param createdAt creation time
 * @param ttl the lifetime; zero for a token that never expires
 */
public record TokenEntry(
    String id,
    String accessor,
    List<String> policies,
    String path,
    String displayName,
    Map<String, String> meta,
    String entityId,
    Instant createdAt,
    Duration ttl) {

  public TokenEntry {
    policies = List.copyOf(policies);
    meta = Map.copyOf(meta);
  }

  /**
   * The stored form: every field but the id, which only the holder knows (the storage key is its
   * hash).
   */
  ObjectNode toStored() {
    ObjectNode stored = Json.object();
    stored.put("accessor", accessor);
    stored.set("policies", Json.array(policies));
    stored.put("path", path);
    stored.put("display_name", displayName);
    stored.set("meta", Json.strings(meta));
    stored.put("entity_id", entityId);
    stored.put("creation_time", createdAt.getEpochSecond());
    stored.put("ttl", ttl.toSeconds());
    return stored;
  }

  /** The entry of {@link #toStored()}, given back the id it was looked up with. */
  static TokenEntry fromStored(String id, JsonNode stored) {
    Map<String, String> meta = new LinkedHashMap<>();
    stored
        .path("meta")
        .properties()
        .forEach(field -> meta.put(field.getKey(), field.getValue().asText()));
    return new TokenEntry(
        id,
        Json.text(stored, "accessor"),
        Json.list(stored, "policies"),
        Json.text(stored, "path"),
        Json.text(stored, "display_name"),
        meta,
        Json.text(stored, "entity_id"),
        Instant.ofEpochSecond(stored.path("creation_time").asLong()),
        Duration.ofSeconds(stored.path("ttl").asLong()));
  }

  boolean expires() {
    return !ttl.isZero();
  }

  Instant expiresAt() {
    return createdAt.plus(ttl);
  }

  @Override
  public String toString() {
    return "TokenEntry[accessor=" + accessor + ", policies=" + policies + ", path=" + path + "]";
  }
}
