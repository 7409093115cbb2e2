package org.baoflow.activities.kube.render;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;

/**
 * The OpenBaoCluster that owns a rendered resource, so deleting the cluster deletes what it owns.
 *
 * @param apiVersion {@code openbao.org/v1alpha1}
 * @param kind {@code OpenBaoCluster}
 * @param name the cluster's name
 * @param uid the cluster's uid
 */
public record OwnerRef(String apiVersion, String kind, String name, String uid) {

  /** The owner reference to put on a rendered resource. */
  public OwnerReference toOwnerReference() {
    return new OwnerReferenceBuilder()
        .withApiVersion(apiVersion)
        .withKind(kind)
        .withName(name)
        .withUid(uid)
        .withController(true)
        .withBlockOwnerDeletion(true)
        .build();
  }
}
