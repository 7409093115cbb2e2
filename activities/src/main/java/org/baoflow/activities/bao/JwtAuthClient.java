package org.baoflow.activities.bao;

/**
 * Configures a JWT auth mount ({@code auth/<mount>/config}, {@code role/:name}); logging in is
 * {@link AuthClient#jwtLogin}. Every call needs a token allowed on the mount's paths.
 */
public final class JwtAuthClient {

  private final AuthMethodEndpoints<JwtAuthConfig, JwtRole> endpoints;

  public JwtAuthClient(BaoConnection connection) {
    this.endpoints = new AuthMethodEndpoints<>(connection, JwtAuthConfig.class, JwtRole.class);
  }

  /**
   * {@code POST config}: 204; 400 with the server's message for a config with no or several key
   * sources, or a discovery URL the server cannot reach.
   */
  public void writeConfig(BaoTokenHolder tokens, String mount, JwtAuthConfig config) {
    endpoints.writeConfig(tokens, mount, config);
  }

  /** {@code GET config}. */
  public JwtAuthConfig readConfig(BaoTokenHolder tokens, String mount) {
    return endpoints.readConfig(tokens, mount);
  }

  /** {@code POST role/:name}: creates or replaces the role; 400 for a role without bounds. */
  public void writeRole(BaoTokenHolder tokens, String mount, String name, JwtRole role) {
    endpoints.writeRole(tokens, mount, name, role);
  }

  /** {@code GET role/:name}; {@link BaoNotFoundException} for an unknown role. */
  public JwtRole readRole(BaoTokenHolder tokens, String mount, String name) {
    return endpoints.readRole(tokens, mount, name);
  }

  /** {@code DELETE role/:name}. */
  public void deleteRole(BaoTokenHolder tokens, String mount, String name) {
    endpoints.deleteRole(tokens, mount, name);
  }
}
