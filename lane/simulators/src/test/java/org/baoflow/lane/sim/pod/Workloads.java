package org.baoflow.lane.sim.pod;

import io.fabric8.kubernetes.client.KubernetesClient;
import org.baoflow.lane.sim.kubelet.Eventually;

/** Test teardown for namespaces a kubelet runs pods in. */
final class Workloads {
  private Workloads() {}

  /**
   * Deletes the namespace's StatefulSets and waits until the kubelet has stopped and released every
   * pod. Closing a kubelet's watches while its pods still change races fabric8's mock server, whose
   * event loop can then block on the closed watch for up to a minute.
   */
  static void drain(KubernetesClient client, String namespace) {
    client.apps().statefulSets().inNamespace(namespace).delete();
    client.pods().inNamespace(namespace).delete();
    Eventually.await(
        "the pods of " + namespace + " gone",
        () -> client.pods().inNamespace(namespace).list().getItems().isEmpty() ? true : null);
  }
}
