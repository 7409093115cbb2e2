package org.baoflow.lane.sim.kube;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers {@code PATCH} with {@code application/apply-patch+yaml}: creates the object when absent,
 * otherwise merges it with {@link ApplyMerge} and stores the result through the store's own create
 * and update paths (which keep status, resourceVersion and generation right).
 */
final class ServerSideApply {
  static final String CONTENT_TYPE = "application/apply-patch+yaml";

  private final KubernetesSerialization serialization = new KubernetesSerialization();
  private final ObjectMapper mapper;
  private final LaneStore store;

  ServerSideApply(ObjectMapper mapper, LaneStore store) {
    this.mapper = mapper;
    this.store = store;
  }

  static boolean isApply(RecordedRequest request) {
    String contentType = request.getHeader("Content-Type");
    return contentType != null && contentType.startsWith(CONTENT_TYPE);
  }

  MockResponse apply(ApiPath path, String body) {
    String manager = path.query().getOrDefault("fieldManager", "");
    if (manager.isBlank()) {
      throw ApiRejection.badRequest("fieldManager is required for apply requests");
    }
    if (path.name() == null || path.subresource() != null) {
      throw ApiRejection.badRequest("apply needs an object path without subresource");
    }
    JsonNode sent = mapper.readTree(serialization.convertToJson(body));
    if (!(sent instanceof ObjectNode applied)) {
      throw ApiRejection.badRequest("the applied configuration is not an object");
    }
    boolean force = "true".equals(path.query().get("force"));
    JsonNode current = store.current(path);
    ObjectNode result = ApplyMerge.apply(path, current, applied, manager, force);
    ObjectNode metadata = (ObjectNode) result.path("metadata");
    metadata.put("name", path.name());
    if (path.namespace() != null) {
      metadata.put("namespace", path.namespace());
    }
    if (current == null) {
      return store.createDirect(path, result);
    }
    // Apply is unconditional: the merge already started from the stored version.
    metadata.remove("resourceVersion");
    return store.updateDirect(path, current, result);
  }
}
