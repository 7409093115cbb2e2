package org.baoflow.lane.sim.kubelet;

import io.fabric8.kubernetes.api.model.Pod;

/** Reads a pod's status the way the StatefulSet controller judges it. */
final class PodConditions {
  private PodConditions() {}

  static boolean runningAndReady(Pod pod) {
    return pod.getStatus() != null
        && "Running".equals(pod.getStatus().getPhase())
        && pod.getStatus().getConditions().stream()
            .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
  }
}
