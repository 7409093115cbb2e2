package org.baoflow.activities.kube.apply;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.List;
import java.util.Objects;

/**
 * Whether a server-side apply changed an object. Equal resourceVersions settle it; otherwise the
 * objects are compared without what the server bumps on every write (an API server may record a
 * no-op apply with a new resourceVersion and managedFields timestamp) and without the status, which
 * controllers write, not BaoFlow.
 */
final class AppliedContent {
  private static final List<String> BOOKKEEPING =
      List.of("resourceVersion", "managedFields", "generation");

  private static final ObjectMapper JSON = new ObjectMapper();

  private AppliedContent() {}

  static boolean changed(
      HasMetadata before, HasMetadata after, KubernetesSerialization serialization) {
    if (Objects.equals(
        before.getMetadata().getResourceVersion(), after.getMetadata().getResourceVersion())) {
      return false;
    }
    return !content(before, serialization).equals(content(after, serialization));
  }

  private static JsonNode content(HasMetadata resource, KubernetesSerialization serialization) {
    ObjectNode tree;
    try {
      tree = (ObjectNode) JSON.readTree(serialization.asJson(resource));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("fabric8 wrote JSON that cannot be read back", e);
    }
    tree.remove("status");
    if (tree.get("metadata") instanceof ObjectNode metadata) {
      metadata.remove(BOOKKEEPING);
    }
    return tree;
  }
}
