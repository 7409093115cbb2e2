package org.baoflow.lane.sim.bao;

import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** An {@link Authorizer} that knows only root tokens, which may do anything. */
public final class RootTokenAuthorizer implements Authorizer {
  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Set<String> rootTokens = ConcurrentHashMap.newKeySet();

  @Override
  public String createRootToken() {
    StringBuilder token = new StringBuilder("hvs.");
    for (int i = 0; i < 24; i++) {
      token.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    rootTokens.add(token.toString());
    return token.toString();
  }

  @Override
  public boolean permits(String token, String path, Capability capability) {
    return rootTokens.contains(token);
  }
}
