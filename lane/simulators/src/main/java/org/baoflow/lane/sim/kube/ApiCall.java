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
 */
public record ApiCall(
    String verb, String group, String resource, String namespace, String name, String subresource) {

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
