package org.baoflow.lane.sim.kube;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * Background cascading deletion: finds the objects whose {@code ownerReferences} name a deleted
 * owner's uid. The store deletes each through its normal delete path, which cascades again, so
 * dependents of dependents go too.
 */
final class OwnerCascade {
  // apiVersion + "/" + kind -> plural resource, learned from the requests that wrote the objects.
  private final Map<String, String> plurals = new ConcurrentHashMap<>();

  /** Remembers the resource name of {@code object}'s kind as the path {@code at} spells it. */
  void learn(ApiPath at, JsonNode object) {
    String kind = object.path("kind").asString("");
    String apiVersion = object.path("apiVersion").asString("");
    if (!kind.isEmpty() && !apiVersion.isEmpty()) {
      plurals.put(apiVersion + "/" + kind, at.resource());
    }
  }

  /** Paths of the stored objects owned by {@code ownerUid}. */
  List<String> dependentsOf(String ownerUid, Collection<JsonNode> stored) {
    List<String> paths = new ArrayList<>();
    for (JsonNode object : stored) {
      boolean owned = false;
      for (JsonNode ref : object.path("metadata").path("ownerReferences").values()) {
        owned |= ownerUid.equals(ref.path("uid").asString(""));
      }
      String plural =
          plurals.get(
              object.path("apiVersion").asString("") + "/" + object.path("kind").asString(""));
      if (owned && plural != null) {
        paths.add(pathOf(object, plural));
      }
    }
    return paths;
  }

  private static String pathOf(JsonNode object, String plural) {
    String apiVersion = object.path("apiVersion").asString();
    String prefix = apiVersion.contains("/") ? "/apis/" + apiVersion : "/api/" + apiVersion;
    JsonNode metadata = object.path("metadata");
    String namespace = metadata.path("namespace").asString("");
    String scope = namespace.isEmpty() ? "" : "/namespaces/" + namespace;
    return prefix + scope + "/" + plural + "/" + metadata.path("name").asString();
  }
}
