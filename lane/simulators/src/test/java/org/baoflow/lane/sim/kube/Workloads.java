package org.baoflow.lane.sim.kube;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.baoflow.lane.sim.kubelet.Eventually;

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

  /**
   * Deletes the namespace's StatefulSets and pods and waits until the kubelet has stopped and
   * released every pod. Closing a kubelet's watches while its pods still change races fabric8's
   * mock server, whose event loop then blocks on the closed watch for up to a minute and stalls
   * every other client of that server.
   */
  public static void drain(KubernetesClient client, String namespace) {
    client.apps().statefulSets().inNamespace(namespace).delete();
    client.pods().inNamespace(namespace).delete();
    Eventually.await(
        "the pods of " + namespace + " gone",
        () -> client.pods().inNamespace(namespace).list().getItems().isEmpty() ? true : null);
  }
}
