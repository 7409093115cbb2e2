package org.baoflow.activities.kube.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoflow.api.v1alpha1.AutopilotSpec;
import org.baoflow.api.v1alpha1.OidcBootstrapSpec;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;
import org.baoflow.api.v1alpha1.Profile;
import org.baoflow.api.v1alpha1.SelfInitRequest;

/**
 * Renders the {@code initialize} stanzas that ordinal 0 of the bootstrap revision appends to its
 * config.hcl, so OpenBao initializes itself and nobody ever holds a root token. In order:
 *
 * <ol>
 *   <li>BaoFlow's bootstrap: JWT auth for the worker against the cluster's own service-account
 *       issuer, its policies and roles, and autopilot;
 *   <li>the user's own requests, as written;
 *   <li>the demo login (Development), after the user's requests because those may enable userpass;
 *   <li>on OpenBao before 2.6, revoking the transient root token, which those versions keep.
 * </ol>
 */
public final class SelfInitRenderer {
  /** JWT auth mount of the worker's logins; the Go operator's path, so clusters move between. */
  public static final String JWT_MOUNT = "jwt-operator";

  /** Base role of the worker's logins. */
  public static final String OPERATOR_ROLE = "openbao-operator";

  /** userpass mount of the demo login. */
  public static final String DEMO_MOUNT = "userpass";

  /** TTL of the tokens the worker's roles and the demo user get. */
  public static final String TOKEN_TTL = "1h";

  private static final Pattern MAJOR_MINOR = Pattern.compile("^(\\d+)\\.(\\d+)");
  private static final String UPDATE = "update";

  private SelfInitRenderer() {}

  /**
   * The self-init stanzas, or empty when the cluster does not self-initialize or {@code revision}
   * joins another revision.
   */
  public static Optional<String> render(
      ClusterModel model, Platform platform, ConfigRevision revision) {
    OpenBaoClusterSpec spec = model.spec();
    if (!Boolean.TRUE.equals(DefaultedSpec.selfInit(spec).getEnabled())
        || !revision.selfInitializes()) {
      return Optional.empty();
    }
    HclBody file = new HclBody();
    file.comment(
        "Self-initialization of OpenBaoCluster "
            + model.names().namespace()
            + "/"
            + model.names().cluster()
            + ", rendered by BaoFlow.\n"
            + "Only ordinal 0 of the bootstrap revision appends it to its config.hcl; OpenBao runs"
            + " it once,\non an uninitialized storage, and ignores it afterwards.");
    file.block("initialize", "baoflow-bootstrap", block -> bootstrap(block, spec, platform));
    List<SelfInitRequest> requests = userRequests(spec);
    if (!requests.isEmpty()) {
      file.blank()
          .block("initialize", "user-requests", block -> requests.forEach(r -> user(block, r)));
    }
    if (demoLogin(spec)) {
      file.blank().block("initialize", "baoflow-demo-login", block -> demo(block, spec));
    }
    if (keepsRootToken(spec.getVersion())) {
      file.blank()
          .block(
              "initialize",
              "baoflow-revoke-root-token",
              block ->
                  block.block(
                      "request",
                      "revoke-root-token",
                      request ->
                          request
                              .comment(
                                  "OpenBao before 2.6 keeps self-init's root token; nobody has"
                                      + " seen it, but revoke it.\nA failure must not abort"
                                      + " self-initialization, which would leave an unusable"
                                      + " storage.")
                              .attribute("operation", UPDATE)
                              .attribute("path", "auth/token/revoke-self")
                              .attribute("allow_failure", true)));
    }
    return Optional.of(file.print());
  }

  private static void bootstrap(HclBody block, OpenBaoClusterSpec spec, Platform platform) {
    OidcBootstrapSpec oidc = DefaultedSpec.oidc(spec);
    if (Boolean.TRUE.equals(oidc.getEnabled())) {
      jwtAuth(block, oidc, platform);
      for (AclPolicy policy :
          List.of(
              OperatorPolicies.OPERATOR,
              OperatorPolicies.BACKUP,
              OperatorPolicies.UPGRADE,
              OperatorPolicies.RESTORE)) {
        policy(block, "policy-" + policy.name(), policy);
      }
      roles(spec).forEach((role, policies) -> jwtRole(block, role, policies, oidc, platform));
    }
    autopilot(block, spec);
  }

  /**
   * JWT auth that validates the worker's service-account tokens through the issuer's OIDC
   * discovery, never pinned keys: the keys rotate, and a snapshot restored into another Kubernetes
   * cluster must keep working there.
   */
  private static void jwtAuth(HclBody block, OidcBootstrapSpec oidc, Platform platform) {
    String issuer = oidc.getIssuer() != null ? oidc.getIssuer() : platform.serviceAccountIssuer();
    request(
        block,
        "enable-" + JWT_MOUNT,
        "sys/auth/" + JWT_MOUNT,
        new HclBody()
            .attribute("type", "jwt")
            .attribute(
                "description", "BaoFlow worker logins with Kubernetes service-account tokens"));
    request(
        block,
        "configure-" + JWT_MOUNT,
        "auth/" + JWT_MOUNT + "/config",
        new HclBody()
            .attribute("oidc_discovery_url", issuer)
            .comment("The Kubernetes API's CA, read by OpenBao from the pod at self-init.")
            .attribute(
                "oidc_discovery_ca_pem",
                new HclValue.ObjectValue(
                    new HclBody()
                        .attribute("eval_source", "file")
                        .attribute("eval_type", "string")
                        .attribute("path", PodLayout.KUBERNETES_CA_FILE)))
            .attribute("bound_issuer", issuer)
            .comment(
                "Resolve discovery at the first login instead of now: an issuer unreachable at"
                    + " self-init\nwould fail this request and leave an unusable storage."
                    + " Logins still verify every\nsignature.")
            .attribute("skip_jwks_validation", true));
  }

  /**
   * Role name to policies: the base operator role and the per-operation roles the spec names. Two
   * operations configured with the same role share it, with both policies.
   */
  public static Map<String, List<String>> roles(OpenBaoClusterSpec spec) {
    Map<String, List<String>> roles = new LinkedHashMap<>();
    addRole(roles, OPERATOR_ROLE, OperatorPolicies.OPERATOR);
    addRole(roles, DefaultedSpec.backup(spec).getJwtAuthRole(), OperatorPolicies.BACKUP);
    addRole(roles, DefaultedSpec.upgrade(spec).getJwtAuthRole(), OperatorPolicies.UPGRADE);
    addRole(roles, DefaultedSpec.restore(spec).getJwtAuthRole(), OperatorPolicies.RESTORE);
    return roles;
  }

  private static void addRole(Map<String, List<String>> roles, String role, AclPolicy policy) {
    roles.computeIfAbsent(role, name -> new ArrayList<>()).add(policy.name());
  }

  private static void jwtRole(
      HclBody block,
      String role,
      List<String> policies,
      OidcBootstrapSpec oidc,
      Platform platform) {
    // Request names must be identifiers, and role names come from the spec: name the request
    // after the role's first policy instead.
    request(
        block,
        "role-" + policies.get(0),
        "auth/" + JWT_MOUNT + "/role/" + role,
        new HclBody()
            .attribute("role_type", "jwt")
            .attribute("user_claim", "sub")
            .attribute("bound_audiences", HclValue.strings(List.of(oidc.getAudience())))
            .attribute("bound_subject", platform.workerSubject())
            .attribute("token_policies", HclValue.strings(policies))
            .attribute("token_ttl", TOKEN_TTL));
  }

  private static void autopilot(HclBody block, OpenBaoClusterSpec spec) {
    AutopilotSpec autopilot = DefaultedSpec.autopilot(spec);
    int minQuorum =
        autopilot.getMinQuorum() != null
            ? autopilot.getMinQuorum()
            : Math.max(3, spec.getReplicas());
    HclBody data =
        new HclBody()
            .attribute("cleanup_dead_servers", autopilot.getCleanupDeadServers())
            .attribute(
                "dead_server_last_contact_threshold", autopilot.getDeadServerLastContactThreshold())
            .attribute("min_quorum", minQuorum)
            .optional("server_stabilization_time", autopilot.getServerStabilizationTime())
            .optional("last_contact_threshold", autopilot.getLastContactThreshold())
            .optional("max_trailing_logs", autopilot.getMaxTrailingLogs());
    block.block(
        "request",
        "configure-autopilot",
        request ->
            request
                .comment(
                    "The worker's operator role can apply autopilot again later; a rejected value"
                        + " must not\nabort self-initialization, which would leave an unusable"
                        + " storage.")
                .attribute("operation", UPDATE)
                .attribute("path", "sys/storage/raft/autopilot/configuration")
                .attribute("data", new HclValue.ObjectValue(data))
                .attribute("allow_failure", true));
  }

  private static List<SelfInitRequest> userRequests(OpenBaoClusterSpec spec) {
    List<SelfInitRequest> requests = DefaultedSpec.selfInit(spec).getRequests();
    // Audit devices are declared in config.hcl: OpenBao refuses to create them through its API.
    return requests == null
        ? List.of()
        : requests.stream().filter(request -> !AuditStanzas.declares(request)).toList();
  }

  private static void user(HclBody block, SelfInitRequest request) {
    HclValue data = UserRequestData.of(request);
    block.block(
        "request",
        request.getName(),
        body -> {
          body.attribute("operation", request.getOperation().wireValue())
              .attribute("path", request.getPath());
          if (data != null) {
            body.attribute("data", data);
          }
          if (Boolean.TRUE.equals(request.getAllowFailure())) {
            body.attribute("allow_failure", true);
          }
        });
  }

  /** Whether the cluster gets the demo login: asked for, and the Development profile. */
  public static boolean demoLogin(OpenBaoClusterSpec spec) {
    return spec.getProfile() == Profile.DEVELOPMENT
        && Boolean.TRUE.equals(DefaultedSpec.demoLogin(spec).getEnabled());
  }

  private static void demo(HclBody block, OpenBaoClusterSpec spec) {
    if (!userEnablesDemoMount(spec)) {
      request(
          block,
          "enable-" + DEMO_MOUNT,
          "sys/auth/" + DEMO_MOUNT,
          new HclBody().attribute("type", "userpass").attribute("description", "Demo login"));
    }
    policy(block, "policy-demo", OperatorPolicies.DEMO);
    request(
        block,
        "demo-user",
        "auth/" + DEMO_MOUNT + "/users/" + DefaultedSpec.demoLogin(spec).getUsername(),
        new HclBody()
            .comment("Read from the pod's environment at self-init; never stored in this file.")
            .attribute(
                "password",
                new HclValue.ObjectValue(
                    new HclBody()
                        .attribute("eval_source", "env")
                        .attribute("eval_type", "string")
                        .attribute("env_var", PodLayout.ENV_DEMO_PASSWORD)))
            .attribute("token_policies", HclValue.strings(List.of(OperatorPolicies.DEMO.name())))
            .attribute("token_ttl", TOKEN_TTL));
  }

  /** Enabling a mount twice fails, and a failed request aborts self-initialization. */
  private static boolean userEnablesDemoMount(OpenBaoClusterSpec spec) {
    String demoPath = "sys/auth/" + DEMO_MOUNT;
    return userRequests(spec).stream()
        .map(request -> request.getPath().replaceAll("^/+|/+$", ""))
        .anyMatch(demoPath::equals);
  }

  private static void policy(HclBody block, String requestName, AclPolicy policy) {
    request(
        block,
        requestName,
        "sys/policies/acl/" + policy.name(),
        new HclBody().attribute("policy", policy.text()));
  }

  private static void request(HclBody block, String name, String path, HclBody data) {
    block.block(
        "request",
        name,
        request ->
            request
                .attribute("operation", UPDATE)
                .attribute("path", path)
                .attribute("data", new HclValue.ObjectValue(data)));
  }

  /**
   * OpenBao revokes self-init's root token itself from 2.6 on; earlier versions keep it. An
   * unparsable version is treated as old: revoking twice is harmless.
   */
  static boolean keepsRootToken(String version) {
    Matcher matcher = MAJOR_MINOR.matcher(version == null ? "" : version);
    if (!matcher.find()) {
      return true;
    }
    int major = Integer.parseInt(matcher.group(1));
    int minor = Integer.parseInt(matcher.group(2));
    return major < 2 || (major == 2 && minor < 6);
  }
}
