package org.baoflow.lane.sim.kube;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;

/** Minimal StatefulSets and Pods for the API server tests. */
final class Workloads {
  private Workloads() {}

  static StatefulSet statefulSet(String namespace, String name) {
    return new StatefulSetBuilder()
        .withNewMetadata()
        .withName(name)
        .withNamespace(namespace)
        .endMetadata()
        .withNewSpec()
        .withReplicas(3)
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
        .withImage("openbao:2.4.4")
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
