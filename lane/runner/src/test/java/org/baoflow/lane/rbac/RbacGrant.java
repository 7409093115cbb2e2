package org.baoflow.lane.rbac;

import java.util.List;

/**
 * One verb on one resource of one API group that a role grants a subject, where the binding puts
 * it: the smallest piece of a rule that a request can use.
 *
 * @param role the role it comes from, such as {@code ClusterRole/baoflow-worker}
 * @param verb the verb, or {@code *}
 * @param apiGroup the API group, empty for the core group, or {@code *}
 * @param resource {@code resource}, {@code resource/subresource}, {@code *}, or {@code *}{@code
 *     /subresource} for one subresource of every resource
 * @param resourceNames the names it is limited to; empty for any
 * @param namespace the namespace it holds in, or null for every namespace and cluster-scoped
 *     objects (a ClusterRole bound by a ClusterRoleBinding)
 */
public record RbacGrant(
    String role,
    String verb,
    String apiGroup,
    String resource,
    List<String> resourceNames,
    String namespace) {

  public RbacGrant {
    resourceNames = List.copyOf(resourceNames);
  }

  /** Whether this grant allows {@code request}, as Kubernetes' RBAC authorizer decides. */
  public boolean allows(RbacRequest request) {
    return matches(verb, request.verb())
        && matches(apiGroup, request.apiGroup())
        && resourceMatches(request)
        && (resourceNames.isEmpty()
            || (request.name() != null && resourceNames.contains(request.name())))
        && (namespace == null || namespace.equals(request.namespace()));
  }

  private boolean resourceMatches(RbacRequest request) {
    return resource.equals("*")
        || resource.equals(request.rbacResource())
        || (request.subresource() != null && resource.equals("*/" + request.subresource()));
  }

  private static boolean matches(String granted, String requested) {
    return granted.equals("*") || granted.equals(requested);
  }

  /**
   * How the exceptions of a test name it: {@code <role>: <verb> <resource>[.<group>]}, with the
   * names it is limited to and the namespace it holds in when it has them.
   */
  @Override
  public String toString() {
    return role
        + ": "
        + verb
        + " "
        + resource
        + (apiGroup.isEmpty() ? "" : "." + apiGroup)
        + (resourceNames.isEmpty() ? "" : " " + resourceNames)
        + (namespace == null ? "" : " in " + namespace);
  }
}
