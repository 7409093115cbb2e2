package org.baoflow.lane.sim.bao.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Json;
import org.baoflow.lane.sim.bao.storage.LogicalStorage;
import org.baoflow.lane.sim.kube.auth.ServiceAccount;
import org.baoflow.lane.sim.kube.auth.TokenReviewResult;

/**
 * The Kubernetes auth method: config ({@code kubernetes_host}), roles bound to ServiceAccount names
 * and namespaces, and login through a TokenReview (the lane passes its cluster's {@code
 * TokenAuthenticator::review}).
 */
final class KubernetesAuthMethod extends RoleLoginMethod {

  private final BiFunction<String, List<String>, TokenReviewResult> tokenReview;
  private final Logins logins;

  /**
   * @param storage the mount's own storage view
   */
  KubernetesAuthMethod(
      BiFunction<String, List<String>, TokenReviewResult> tokenReview,
      LogicalStorage storage,
      Logins logins) {
    super(storage);
    this.tokenReview = tokenReview;
    this.logins = logins;
  }

  @Override
  Optional<ObjectNode> configData() {
    return storedConfig();
  }

  @Override
  Optional<ObjectNode> roleData(String name) {
    return storedRole(name);
  }

  @Override
  BaoResponse writeConfig(ObjectNode data) {
    String host = Json.text(data, "kubernetes_host");
    if (host.isEmpty()) {
      return BaoResponse.badRequest("no host provided");
    }
    if (Json.bool(data, "disable_local_ca_jwt", false)
        && Json.text(data, "kubernetes_ca_cert").isEmpty()) {
      return BaoResponse.badRequest(
          "kubernetes_ca_cert must be given when disable_local_ca_jwt is true");
    }
    ObjectNode stored = Json.object();
    stored.put("kubernetes_host", host);
    stored.put("kubernetes_ca_cert", Json.text(data, "kubernetes_ca_cert"));
    stored.set("pem_keys", Json.array(Json.list(data, "pem_keys")));
    stored.put("disable_local_ca_jwt", Json.bool(data, "disable_local_ca_jwt", false));
    stored.put("issuer", Json.text(data, "issuer"));
    stored.put("disable_iss_validation", true);
    storeConfig(stored);
    return BaoResponse.noContent();
  }

  @Override
  BaoResponse writeRole(String name, ObjectNode data) {
    List<String> names = Json.list(data, "bound_service_account_names");
    List<String> namespaces = Json.list(data, "bound_service_account_namespaces");
    if (names.isEmpty()) {
      return BaoResponse.badRequest("\"bound_service_account_names\" can not be empty");
    }
    if (namespaces.isEmpty()
        && Json.text(data, "bound_service_account_namespace_selector").isEmpty()) {
      return BaoResponse.badRequest(
          "\"bound_service_account_namespaces\" can not be empty if"
              + " \"bound_service_account_namespace_selector\" is not set");
    }
    if (names.size() > 1 && names.contains("*")) {
      return BaoResponse.badRequest(
          "can not mix \"*\" with values in \"bound_service_account_names\"");
    }
    TokenParams token;
    try {
      token = TokenParams.from(data);
    } catch (IllegalArgumentException e) {
      return BaoResponse.badRequest(e.getMessage());
    }
    ObjectNode role = Json.object();
    role.set("bound_service_account_names", Json.array(names));
    role.set("bound_service_account_namespaces", Json.array(namespaces));
    role.put("audience", Json.text(data, "audience"));
    role.put("alias_name_source", "serviceaccount_uid");
    token.writeTo(role);
    storeRole(name, role);
    return BaoResponse.noContent();
  }

  @Override
  BaoResponse login(ObjectNode data) {
    String roleName = Json.text(data, "role");
    if (roleName.isEmpty()) {
      return BaoResponse.badRequest("missing role");
    }
    String jwt = Json.text(data, "jwt");
    if (jwt.isEmpty()) {
      return BaoResponse.badRequest("missing jwt");
    }
    ObjectNode role = storedRole(roleName).orElse(null);
    if (role == null) {
      return BaoResponse.badRequest("invalid role name \"" + roleName + "\"");
    }
    if (storedConfig().isEmpty()) {
      return BaoResponse.badRequest("could not load backend configuration");
    }
    String audience = role.path("audience").asText();
    TokenReviewResult review =
        tokenReview.apply(jwt, audience.isEmpty() ? List.of() : List.of(audience));
    if (!review.authenticated()) {
      return BaoResponse.permissionDenied();
    }
    ServiceAccount account = review.claims().serviceAccount();
    if (!allows(Json.list(role, "bound_service_account_names"), account.name())) {
      return BaoResponse.error(403, List.of("service account name not authorized"));
    }
    if (!allows(Json.list(role, "bound_service_account_namespaces"), account.namespace())) {
      return BaoResponse.error(403, List.of("namespace not authorized"));
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("role", roleName);
    metadata.put("service_account_name", account.name());
    metadata.put("service_account_namespace", account.namespace());
    metadata.put("service_account_secret_name", "");
    metadata.put("service_account_uid", account.uid());
    return logins.issue(TokenParams.from(role), account.uid(), metadata);
  }

  private static boolean allows(List<String> bound, String value) {
    return bound.contains("*") || bound.contains(value);
  }
}
