package org.baoflow.lane.sim.kube;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Kubernetes resource request path taken apart: group, version, namespace, resource, name,
 * subresource and the query parameters. Discovery paths ({@code /api}, {@code /apis/g/v}) have no
 * resource and do not parse.
 *
 * @param group API group, empty for the core group
 * @param namespace namespace, or null for cluster-scoped resources and cross-namespace lists
 * @param name object name, or null for collections
 * @param subresource subresource such as {@code status}, or null
 * @param withoutQuery the path without its query string
 */
record ApiPath(
    String group,
    String version,
    String namespace,
    String resource,
    String name,
    String subresource,
    Map<String, String> query,
    String withoutQuery) {

  private static final Set<String> NAMESPACE_SUBRESOURCES = Set.of("status", "finalize");

  /** Parses a request path, or returns empty for non-resource paths. */
  static Optional<ApiPath> parse(String rawPath) {
    int q = rawPath.indexOf('?');
    String path = q < 0 ? rawPath : rawPath.substring(0, q);
    Map<String, String> query = q < 0 ? Map.of() : parseQuery(rawPath.substring(q + 1));
    List<String> segments = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    if (segments.size() >= 3 && segments.get(0).equals("api")) {
      return resource("", segments.get(1), segments.subList(2, segments.size()), query, path);
    }
    if (segments.size() >= 4 && segments.get(0).equals("apis")) {
      return resource(
          segments.get(1), segments.get(2), segments.subList(3, segments.size()), query, path);
    }
    return Optional.empty();
  }

  private static Optional<ApiPath> resource(
      String group, String version, List<String> rest, Map<String, String> query, String path) {
    String namespace = null;
    List<String> tail = rest;
    boolean namespaced =
        rest.size() >= 3
            && rest.get(0).equals("namespaces")
            && !(rest.size() == 3 && NAMESPACE_SUBRESOURCES.contains(rest.get(2)));
    if (namespaced) {
      namespace = rest.get(1);
      tail = rest.subList(2, rest.size());
    }
    if (tail.size() > 3) {
      return Optional.empty();
    }
    return Optional.of(
        new ApiPath(
            group,
            version,
            namespace,
            tail.get(0),
            tail.size() > 1 ? tail.get(1) : null,
            tail.size() > 2 ? tail.get(2) : null,
            query,
            path));
  }

  private static Map<String, String> parseQuery(String queryString) {
    Map<String, String> query = new LinkedHashMap<>();
    for (String pair : queryString.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      query.put(decode(key), decode(value));
    }
    return Map.copyOf(query);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  /** {@code resource} or {@code resource.group}, as RBAC and error messages name it. */
  String qualifiedResource() {
    return group.isEmpty() ? resource : resource + "." + group;
  }

  boolean isStatus() {
    return "status".equals(subresource);
  }

  /** The collection this object lives in: the path without the name (and subresource). */
  String collectionPath() {
    String prefix = group.isEmpty() ? "/api/" + version : "/apis/" + group + "/" + version;
    String scope = namespace == null ? "" : "/namespaces/" + namespace;
    return prefix + scope + "/" + resource;
  }

  /** The object's own path, without subresource or query. */
  String objectPath() {
    return collectionPath() + "/" + name;
  }
}
