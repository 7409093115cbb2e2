package org.baoflow.lane.sim.kube;

import java.util.Locale;

/**
 * One call a client made to the lane's API server, in RBAC terms.
 *
 * @param verb RBAC verb: get, list, watch, create, update, patch, delete, deletecollection
 * @param group API group, empty for the core group
 * @param resource plural resource name
 * @param namespace namespace, or null for cluster-scoped calls and cross-namespace lists
 * @param name object name, or null for collection calls
 * @param subresource subresource such as {@code status}, or null
 * @param nonResourceUrl for a call to a non-resource URL such as {@code /openid/v1/jwks} (RBAC's
 *     {@code nonResourceURLs}), its path; null for resource calls, which leave it out
 */
public record ApiCall(
    String verb,
    String group,
    String resource,
    String namespace,
    String name,
    String subresource,
    String nonResourceUrl) {

  /** A call to a resource. */
  public ApiCall(
      String verb,
      String group,
      String resource,
      String namespace,
      String name,
      String subresource) {
    this(verb, group, resource, namespace, name, subresource, null);
  }

  /** A call to a non-resource URL: no group, resource, namespace or name. */
  static ApiCall nonResource(String method, String url) {
    return new ApiCall(method.toLowerCase(Locale.ROOT), "", null, null, null, null, url);
  }

  /**
   * Whether this call is {@code verb} on {@code resource}, written as RBAC writes it: {@code
   * statefulsets} for the objects, {@code statefulsets/status} for a subresource; {@code *} matches
   * any verb or any resource.
   */
  boolean matches(String verbPattern, String resourcePattern) {
    if (resource == null) {
      return false;
    }
    String rbacResource = subresource == null ? resource : resource + "/" + subresource;
    return ("*".equals(verbPattern) || verbPattern.equals(verb))
        && ("*".equals(resourcePattern) || resourcePattern.equals(rbacResource));
  }

  static ApiCall of(String method, ApiPath path) {
    return new ApiCall(
        verb(method, path),
        path.group(),
        path.resource(),
        path.namespace(),
        path.name(),
        path.subresource());
  }

  private static String verb(String method, ApiPath path) {
    boolean collection = path.name() == null;
    return switch (method) {
      case "GET" ->
          "true".equals(path.query().get("watch")) ? "watch" : collection ? "list" : "get";
      case "POST" -> "create";
      case "PUT" -> "update";
      case "PATCH" -> "patch";
      case "DELETE" -> collection ? "deletecollection" : "delete";
      default -> method.toLowerCase(Locale.ROOT);
    };
  }
}
