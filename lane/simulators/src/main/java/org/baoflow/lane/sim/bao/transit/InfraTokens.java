package org.baoflow.lane.sim.bao.transit;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.baoflow.lane.sim.bao.logical.Capability;

/**
 * The infra server's tokens and their policies: a root token that may do anything, and tokens
 * allowed only some capabilities on exact paths, like the seal policy ({@code update} on {@code
 * <mount>/encrypt/<key>} and {@code <mount>/decrypt/<key>}).
 */
final class InfraTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String rootToken = newToken();
  private final Map<String, Map<String, Set<Capability>>> policies = new ConcurrentHashMap<>();

  String rootToken() {
    return rootToken;
  }

  /** A new token allowed {@code capabilities} on each of {@code paths} and nothing else. */
  String issue(Set<String> paths, Set<Capability> capabilities) {
    String token = newToken();
    Map<String, Set<Capability>> policy = new ConcurrentHashMap<>();
    paths.forEach(path -> policy.put(path, Set.copyOf(capabilities)));
    policies.put(token, policy);
    return token;
  }

  /**
   * Whether {@code token} (possibly {@code null}) may perform {@code operation} on {@code path}.
   */
  boolean allows(String token, String path, Capability operation) {
    if (token == null) {
      return false;
    }
    if (token.equals(rootToken)) {
      return true;
    }
    return policies.getOrDefault(token, Map.of()).getOrDefault(path, Set.of()).contains(operation);
  }

  private static String newToken() {
    byte[] random = new byte[18];
    RANDOM.nextBytes(random);
    return "hvs." + HexFormat.of().formatHex(random);
  }
}
