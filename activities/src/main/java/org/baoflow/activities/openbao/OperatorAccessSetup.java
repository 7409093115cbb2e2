package org.baoflow.activities.openbao;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.baoflow.activities.bao.AuthClient;
import org.baoflow.activities.bao.BaoConnection;
import org.baoflow.activities.bao.BaoToken;
import org.baoflow.activities.bao.EnableAuthRequest;
import org.baoflow.activities.bao.JwtAuthClient;
import org.baoflow.activities.bao.JwtAuthConfig;
import org.baoflow.activities.bao.JwtRole;
import org.baoflow.activities.bao.MountInfo;
import org.baoflow.activities.bao.PolicyClient;
import org.baoflow.activities.bao.TokenSettings;
import org.baoflow.activities.bao.UserpassClient;
import org.baoflow.activities.kube.render.AclPolicy;
import org.baoflow.activities.kube.render.DefaultedSpec;
import org.baoflow.activities.kube.render.OperatorPolicies;
import org.baoflow.activities.kube.render.SelfInitRenderer;
import org.baoflow.api.v1alpha1.OidcBootstrapSpec;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;

/**
 * With the root token, configures what self-init's BaoFlow bootstrap would have, from the same
 * definitions: JWT auth {@code jwt-operator} validating the cluster's service-account tokens
 * through the issuer's OIDC discovery, the operator policies, the roles bound to the worker's
 * ServiceAccount, and the demo login when the spec asks for it. Every write replaces, so running it
 * again changes nothing.
 */
final class OperatorAccessSetup {
  private static final List<AclPolicy> OPERATOR_POLICIES =
      List.of(
          OperatorPolicies.OPERATOR,
          OperatorPolicies.BACKUP,
          OperatorPolicies.UPGRADE,
          OperatorPolicies.RESTORE);

  private final BaoConnection connection;
  private final BaoToken root;
  private final OpenBaoClusterSpec spec;
  private final long tokenTtlSeconds;

  OperatorAccessSetup(BaoConnection connection, BaoToken root, OpenBaoClusterSpec spec) {
    this.connection = connection;
    this.root = root;
    this.spec = spec;
    this.tokenTtlSeconds = Duration.parse("PT" + SelfInitRenderer.TOKEN_TTL).toSeconds();
  }

  /**
   * Configures the worker's JWT login for {@code worker}, trusting {@code kubernetesCaPem} for the
   * issuer's discovery document.
   */
  void configureJwt(WorkerIdentity worker, String kubernetesCaPem) {
    OidcBootstrapSpec oidc = DefaultedSpec.oidc(spec);
    String issuer = oidc.getIssuer() != null ? oidc.getIssuer() : worker.issuer();
    enableAuth(
        SelfInitRenderer.JWT_MOUNT,
        "jwt",
        "BaoFlow worker logins with Kubernetes service-account tokens");
    JwtAuthClient jwt = new JwtAuthClient(connection);
    // Like self-init: discovery, never pinned keys (they rotate), resolved at the first login.
    jwt.writeConfig(
        root,
        SelfInitRenderer.JWT_MOUNT,
        new JwtAuthConfig(issuer, kubernetesCaPem, null, null, null, issuer, null, null, true));
    PolicyClient policies = new PolicyClient(connection);
    for (AclPolicy policy : OPERATOR_POLICIES) {
      policies.write(root, policy.name(), policy.text());
    }
    for (Map.Entry<String, List<String>> role : SelfInitRenderer.roles(spec).entrySet()) {
      jwt.writeRole(
          root,
          SelfInitRenderer.JWT_MOUNT,
          role.getKey(),
          JwtRole.jwt(
              worker.subject(),
              List.of(oidc.getAudience()),
              TokenSettings.of(role.getValue(), tokenTtlSeconds)));
    }
  }

  /** Creates the demo user with {@code password} when the spec asks for the demo login. */
  void configureDemoLogin(String username, String password) {
    enableAuth(SelfInitRenderer.DEMO_MOUNT, "userpass", "Demo login");
    new PolicyClient(connection)
        .write(root, OperatorPolicies.DEMO.name(), OperatorPolicies.DEMO.text());
    new UserpassClient(connection)
        .writeUser(
            root,
            SelfInitRenderer.DEMO_MOUNT,
            username,
            password,
            TokenSettings.of(List.of(OperatorPolicies.DEMO.name()), tokenTtlSeconds));
  }

  /** Enabling a mount twice fails: enable only what is not there. */
  private void enableAuth(String path, String type, String description) {
    AuthClient auth = new AuthClient(connection);
    Map<String, MountInfo> mounts = auth.list(root);
    if (!mounts.containsKey(path + "/")) {
      auth.enable(root, path, EnableAuthRequest.of(type, description));
    }
  }

  /** The CA of the Kubernetes API the worker talks to, which also serves the issuer's discovery. */
  static String kubernetesCaPem(KubernetesClient kube) {
    Config config = kube.getConfiguration();
    if (config.getCaCertData() != null && !config.getCaCertData().isBlank()) {
      return new String(
          Base64.getDecoder().decode(config.getCaCertData().strip()), StandardCharsets.UTF_8);
    }
    if (config.getCaCertFile() != null) {
      try {
        return Files.readString(Path.of(config.getCaCertFile()), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot read the Kubernetes API CA " + config.getCaCertFile(), e);
      }
    }
    throw new IllegalStateException(
        "the worker's Kubernetes client configuration names no CA for the API server");
  }
}
