package org.baoflow.lane.sim.kube.auth;

import java.time.Instant;

/**
 * A signed token and when it expires.
 *
 * @param token the compact JWS; {@link #toString()} leaves it out so it cannot reach a log
 * @param expiresAt the token's {@code exp}
 */
public record IssuedToken(String token, Instant expiresAt) {

  @Override
  public String toString() {
    return "IssuedToken[token=<redacted>, expiresAt=" + expiresAt + "]";
  }
}
