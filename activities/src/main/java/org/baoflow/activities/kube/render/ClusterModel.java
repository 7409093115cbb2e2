package org.baoflow.activities.kube.render;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.baoflow.api.v1alpha1.OpenBaoCluster;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;
import org.baoflow.api.validation.SpecDefaults;

/**
 * What the renderers render from: the cluster's names, owner and spec with every CRD default
 * applied. Renderers read it and never change it.
 *
 * @param names names of the cluster's resources
 * @param owner the OpenBaoCluster, for owner references
 * @param spec a private copy of the spec with defaults applied
 */
public record ClusterModel(ResourceNames names, OwnerRef owner, OpenBaoClusterSpec spec) {
  /** The stock OpenBao image, used when the spec names none. */
  public static final String DEFAULT_IMAGE_REPOSITORY = "quay.io/openbao/openbao";

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  /** Builds the model of a cluster resource; the resource itself is left untouched. */
  public static ClusterModel from(OpenBaoCluster cluster) {
    OpenBaoClusterSpec spec = SpecDefaults.apply(SERIALIZATION.clone(cluster.getSpec()));
    return new ClusterModel(
        new ResourceNames(cluster.getMetadata().getName(), cluster.getMetadata().getNamespace()),
        new OwnerRef(
            HasMetadata.getApiVersion(OpenBaoCluster.class),
            HasMetadata.getKind(OpenBaoCluster.class),
            cluster.getMetadata().getName(),
            cluster.getMetadata().getUid()),
        spec);
  }

  /** The container image: the spec's, or the stock image of the spec's version. */
  public String image() {
    return spec.getImage() != null
        ? spec.getImage()
        : DEFAULT_IMAGE_REPOSITORY + ":" + spec.getVersion();
  }
}
