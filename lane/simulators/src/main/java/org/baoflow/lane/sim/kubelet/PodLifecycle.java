package org.baoflow.lane.sim.kubelet;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The node side of the kubelet: runs each pod's container through the runtime, publishes its
 * loopback port and status, and on deletion stops the container before letting the pod go.
 */
final class PodLifecycle {
  private final KubernetesClient client;
  private final ContainerRuntime runtime;
  private final ImageFaults faults;
  private final KubeletTiming timing;
  private final Clock clock;
  private final Map<String, PodSlot> slots = new HashMap<>();

  PodLifecycle(
      KubernetesClient client,
      ContainerRuntime runtime,
      ImageFaults faults,
      KubeletTiming timing,
      Clock clock) {
    this.client = client;
    this.runtime = runtime;
    this.faults = faults;
    this.timing = timing;
    this.clock = clock;
  }

  void reconcile(Collection<Pod> pods) {
    Set<String> seen = new HashSet<>();
    for (Pod pod : pods) {
      String uid = pod.getMetadata().getUid();
      seen.add(uid);
      if (StatefulSetController.terminating(pod)) {
        terminate(uid, pod);
      } else if (!pod.getSpec().getContainers().isEmpty()) {
        run(uid, pod);
      }
    }
    // Pods gone without passing through termination (no finalizer): their containers stop too.
    slots.keySet().removeIf(uid -> !seen.contains(uid) && stopped(slots.get(uid)));
  }

  private void run(String uid, Pod pod) {
    PodSlot slot = slots.computeIfAbsent(uid, u -> new PodSlot(pod, clock.instant()));
    slot.advance(pod, clock.instant(), runtime, faults, timing);
    String port = slot.port() == 0 ? null : Integer.toString(slot.port());
    String published = pod.getMetadata().getAnnotations().get(Kubelet.PORT_ANNOTATION);
    if (port != null && !port.equals(published)) {
      edit(
          pod,
          p ->
              new PodBuilder(p)
                  .editMetadata()
                  .addToAnnotations(Kubelet.PORT_ANNOTATION, port)
                  .endMetadata()
                  .build());
    }
    PodStatus status = slot.status();
    if (!Objects.equals(status, pod.getStatus())) {
      try {
        client.resource(new PodBuilder(pod).withStatus(status).build()).updateStatus();
      } catch (KubernetesClientException e) {
        ignoreStaleOrGone(e);
      }
    }
  }

  private void terminate(String uid, Pod pod) {
    PodSlot slot = slots.remove(uid);
    if (slot != null) {
      slot.stop(timing);
    }
    if (pod.getMetadata().getFinalizers().contains(Kubelet.POD_FINALIZER)) {
      edit(
          pod,
          p ->
              new PodBuilder(p)
                  .editMetadata()
                  .removeFromFinalizers(Kubelet.POD_FINALIZER)
                  .endMetadata()
                  .build());
    }
  }

  private boolean stopped(PodSlot slot) {
    slot.stop(timing);
    return true;
  }

  /** Stops every container, as when the node goes away. */
  void stopAll() {
    slots.values().forEach(slot -> slot.stop(timing));
    slots.clear();
  }

  private void edit(Pod pod, UnaryOperator<Pod> change) {
    try {
      client
          .pods()
          .inNamespace(pod.getMetadata().getNamespace())
          .withName(pod.getMetadata().getName())
          .edit(change);
    } catch (KubernetesClientException e) {
      ignoreStaleOrGone(e);
    }
  }

  private static void ignoreStaleOrGone(KubernetesClientException e) {
    // The cache lags the API: the next pass sees the newer pod and tries again.
    if (e.getCode() != 409 && e.getCode() != 404) {
      throw e;
    }
  }
}
