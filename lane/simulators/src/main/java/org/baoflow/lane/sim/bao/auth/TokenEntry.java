package org.baoflow.lane.sim.bao.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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
