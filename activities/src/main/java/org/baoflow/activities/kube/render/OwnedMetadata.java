package org.baoflow.activities.kube.render;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Metadata of a rendered object: its name, the cluster's namespace, the common labels plus its own,
 * and the owner reference to the OpenBaoCluster.
 */
final class OwnedMetadata {
  private OwnedMetadata() {}

  /** Metadata with the common labels only. */
  static ObjectMeta of(ClusterModel model, String name) {
    return of(model, name, Labels.common(model.names().cluster()), Map.of());
  }

  /**
   * Metadata with {@code labels} (which must include the common labels) and {@code annotations}.
   * Annotations usually come from the user's spec: they are sorted so that the same spec renders
   * the same bytes whatever map implementation carried it here.
   */
  static ObjectMeta of(
      ClusterModel model,
      String name,
      Map<String, String> labels,
      Map<String, String> annotations) {
    return new ObjectMetaBuilder()
        .withName(name)
        .withNamespace(model.names().namespace())
        .withLabels(new LinkedHashMap<>(labels))
        .withAnnotations(annotations.isEmpty() ? null : new TreeMap<>(annotations))
        .withOwnerReferences(model.owner().toOwnerReference())
        .build();
  }

  /** The user's annotations, or none. */
  static Map<String, String> userAnnotations(Map<String, String> annotations) {
    return annotations == null ? Map.of() : annotations;
  }
}
