package org.baoflow.lane.sim.bao;

/**
 * The token store and ACL of one simulated cluster, as the node's HTTP layer sees them: it mints
 * the root token at init and decides whether a token may use a capability on a path. The lane's
 * full auth implementation plugs in here; {@link RootTokenAuthorizer} is the minimal one.
 */
public interface Authorizer {

  /** Creates the root token {@code sys/init} hands out. */
  String createRootToken();

  /** Whether {@code token} grants {@code capability} on {@code path} (no leading {@code /v1/}). */
  boolean permits(String token, String path, Capability capability);
}
