package org.baoflow.lane.sim.kube;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;

/** Minimal StatefulSets and Pods for the API server tests. */
public final class Workloads {
  private Workloads() {}

  static StatefulSet statefulSet(String namespace, String name) {
    return statefulSet(namespace, name, 3, "openbao:2.4.4");
  }

  /** A StatefulSet {@code name} with one container of {@code image} and a {@code data} claim. */
  public static StatefulSet statefulSet(String namespace, String name, int replicas, String image) {
    return new StatefulSetBuilder()
        .withNewMetadata()
        .withName(name)
        .withNamespace(namespace)
        .endMetadata()
        .withNewSpec()
        .withReplicas(replicas)
        .withServiceName(name + "-internal")
        .withNewSelector()
        .addToMatchLabels("app", name)
        .endSelector()
        .withNewTemplate()
        .withNewMetadata()
        .addToLabels("app", name)
        .endMetadata()
        .withNewSpec()
        .addNewContainer()
        .withName("bao")
        .withImage(image)
        .endContainer()
        .endSpec()
        .endTemplate()
        .addNewVolumeClaimTemplate()
        .withNewMetadata()
        .withName("data")
        .endMetadata()
        .withNewSpec()
        .withAccessModes("ReadWriteOnce")
        .endSpec()
        .endVolumeClaimTemplate()
        .endSpec()
        .build();
  }

  static Pod pod(String namespace, String name) {
    return new PodBuilder()
        .withNewMetadata()
        .withName(name)
        .withNamespace(namespace)
        .endMetadata()
        .withNewSpec()
        .addNewContainer()
        .withName("bao")
        .withImage("openbao:2.4.4")
        .endContainer()
        .endSpec()
        .build();
  }
}
