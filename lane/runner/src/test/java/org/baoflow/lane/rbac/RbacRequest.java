package org.baoflow.lane.rbac;

/**
 * One request to the Kubernetes API in the terms RBAC decides on.
 *
 * @param verb get, list, watch, create, update, patch, delete or deletecollection
 * @param apiGroup API group, empty for the core group
 * @param resource plural resource name
 * @param subresource such as {@code status} or {@code token}, or null
 * @param namespace the namespace, or null for a cluster-scoped object or a list across namespaces
 * @param name the object's name, or null for a collection (list, watch, create)
 */
public record RbacRequest(
    String verb,
    String apiGroup,
    String resource,
    String subresource,
    String namespace,
    String name) {

  /** {@code resource} or {@code resource/subresource}, as a rule's {@code resources} names it. */
  public String rbacResource() {
    return subresource == null ? resource : resource + "/" + subresource;
  }

  @Override
  public String toString() {
    return verb
        + " "
        + rbacResource()
        + (apiGroup.isEmpty() ? "" : "." + apiGroup)
        + (namespace == null ? " (all namespaces)" : " in " + namespace)
        + (name == null ? "" : " named " + name);
  }
}
