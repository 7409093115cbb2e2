package org.baoflow.activities.bao;

/**
 * Configures a Kubernetes auth mount ({@code auth/<mount>/config}, {@code role/:name}); logging in
 * is {@link AuthClient#kubernetesLogin}.
 */
public final class KubernetesAuthClient {

  private final AuthMethodEndpoints<KubernetesAuthConfig, KubernetesRole> endpoints;

  public KubernetesAuthClient(BaoConnection connection) {
    this.endpoints =
        new AuthMethodEndpoints<>(connection, KubernetesAuthConfig.class, KubernetesRole.class);
  }

  /** {@code POST config}: 204; 400 {@code no host provided} without {@code kubernetes_host}. */
  public void writeConfig(BaoTokenHolder tokens, String mount, KubernetesAuthConfig config) {
    endpoints.writeConfig(tokens, mount, config);
  }

  /** {@code GET config}, without the reviewer JWT. */
  public KubernetesAuthConfig readConfig(BaoTokenHolder tokens, String mount) {
    return endpoints.readConfig(tokens, mount);
  }

  /** {@code POST role/:name}: 400 without names, or without namespaces and selector. */
  public void writeRole(BaoTokenHolder tokens, String mount, String name, KubernetesRole role) {
    endpoints.writeRole(tokens, mount, name, role);
  }

  /** {@code GET role/:name}; {@link BaoNotFoundException} for an unknown role. */
  public KubernetesRole readRole(BaoTokenHolder tokens, String mount, String name) {
    return endpoints.readRole(tokens, mount, name);
  }

  /** {@code DELETE role/:name}. */
  public void deleteRole(BaoTokenHolder tokens, String mount, String name) {
    endpoints.deleteRole(tokens, mount, name);
  }
}
