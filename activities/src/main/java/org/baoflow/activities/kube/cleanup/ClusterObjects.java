package org.baoflow.activities.kube.cleanup;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReference;
import java.util.Map;
import org.baoflow.activities.kube.render.Labels;
import org.baoflow.workflows.model.ClusterRef;

/**
 * Which objects belong to the incarnation of a cluster that is being deleted: they carry its label,
 * and an owner reference, if they have one to an OpenBaoCluster, names its uid. A cluster created
 * again under the same name owns its own objects, and cleanup never touches them.
 */
final class ClusterObjects {
  private static final String CLUSTER_KIND = "OpenBaoCluster";

  private ClusterObjects() {}

  /** Whether {@code object} is {@code ref}'s. */
  static boolean belongsTo(ClusterRef ref, HasMetadata object) {
    Map<String, String> labels = object.getMetadata().getLabels();
    if (labels == null || !ref.name().equals(labels.get(Labels.CLUSTER))) {
      return false;
    }
    return object.getMetadata().getOwnerReferences().stream()
        .filter(owner -> CLUSTER_KIND.equals(owner.getKind()))
        .allMatch(owner -> ref.uid().equals(owner.getUid()));
  }

  /** Whether {@code owner} is the reference to {@code ref}'s resource. */
  static boolean isClusterReference(ClusterRef ref, OwnerReference owner) {
    return CLUSTER_KIND.equals(owner.getKind()) && ref.uid().equals(owner.getUid());
  }
}
