package org.baoflow.lane.sim.kube;

import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.StringNode;

/**
 * Refuses StatefulSet updates that change a field Kubernetes forbids changing after creation, as
 * the API server's validation does, with 422 Invalid naming each changed field.
 */
final class StatefulSetImmutability {
  private static final List<String> IMMUTABLE_SPEC_FIELDS =
      List.of("selector", "serviceName", "volumeClaimTemplates", "podManagementPolicy");
  private static final String DEFAULT_POD_MANAGEMENT_POLICY = "OrderedReady";

  private StatefulSetImmutability() {}

  static boolean appliesTo(ApiPath path) {
    return path.group().equals("apps") && path.resource().equals("statefulsets");
  }

  /** Throws {@link ApiRejection} (422) if {@code updated} changes an immutable field. */
  static void check(ApiPath path, JsonNode current, JsonNode updated) {
    List<String> changed =
        IMMUTABLE_SPEC_FIELDS.stream()
            .filter(f -> !Objects.equals(value(current, f), value(updated, f)))
            .map(f -> "spec." + f)
            .toList();
    if (!changed.isEmpty()) {
      throw new ApiRejection(
          422,
          "Invalid",
          "StatefulSet.apps \""
              + path.name()
              + "\" is invalid: "
              + String.join(", ", changed)
              + ": Forbidden: updates to statefulset spec for fields other than 'replicas',"
              + " 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy'"
              + " and 'minReadySeconds' are forbidden",
          changed);
    }
  }

  private static JsonNode value(JsonNode resource, String field) {
    JsonNode value = resource.path("spec").path(field);
    // The API server defaults the policy, so leaving it out equals asking for the default.
    if (field.equals("podManagementPolicy") && value.isMissingNode()) {
      return StringNode.valueOf(DEFAULT_POD_MANAGEMENT_POLICY);
    }
    return value.isNull() ? MissingNode.getInstance() : value;
  }
}
