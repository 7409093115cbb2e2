package org.baoflow.activities.kube;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import org.baoflow.activities.kube.render.ClusterModel;
import org.baoflow.api.v1alpha1.OpenBaoCluster;
import org.baoflow.workflows.model.ClusterRef;
import org.baoflow.workflows.model.ClusterSnapshot;

/** The renderers' {@link ClusterModel} of the cluster an activity was given. */
public final class ClusterModels {
  private ClusterModels() {}

  /** The model of {@code snapshot}: its names, its owner reference and its defaulted spec. */
  public static ClusterModel of(ClusterSnapshot snapshot) {
    return ClusterModel.from(resource(snapshot));
  }

  /** The OpenBaoCluster resource {@code snapshot} describes, as the watcher read it. */
  public static OpenBaoCluster resource(ClusterSnapshot snapshot) {
    ClusterRef ref = snapshot.ref();
    OpenBaoCluster cluster = new OpenBaoCluster();
    cluster.setMetadata(
        new ObjectMetaBuilder()
            .withNamespace(ref.namespace())
            .withName(ref.name())
            .withUid(ref.uid())
            .withGeneration(snapshot.generation())
            .build());
    cluster.setSpec(snapshot.spec());
    return cluster;
  }
}
