package org.baoflow.activities.kube.workload;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.baoflow.workflows.activities.WorkloadActivities.PodInfo;
import org.baoflow.workflows.activities.WorkloadActivities.PodsState;

/**
 * One look at a StatefulSet and its live pods, and what a wait makes of it.
 *
 * @param statefulSet the set's name
 * @param set the set; {@code null} when it does not exist
 * @param pods its pods that are not being deleted, by ordinal
 */
record Observation(String statefulSet, StatefulSet set, List<Pod> pods) {
  Observation {
    pods = List.copyOf(pods);
  }

  /** The pods as the workflows see them. */
  PodsState state() {
    return new PodsState(
        pods.stream()
            .map(
                pod ->
                    new PodInfo(
                        pod.getMetadata().getName(),
                        pod.getMetadata().getUid(),
                        ordinal(pod),
                        PodChecks.ready(pod),
                        set != null && PodChecks.stale(set, pod)))
            .toList());
  }

  /** Why a pod cannot run, if one cannot. */
  Optional<String> failure() {
    return pods.stream().map(PodChecks::failure).flatMap(Optional::stream).findFirst();
  }

  /**
   * What is missing before ordinals {@code 0..replicas-1} are all Ready (and, with {@code current},
   * all run the current template) and no pod of a higher ordinal is left, for the heartbeat; empty
   * when nothing is. After a scale-down the StatefulSet controller removes the higher ordinals a
   * moment later; a wait that ended before would hand their names on as members to wait for.
   */
  Optional<String> missing(int replicas, boolean current) {
    if (set == null) {
      return Optional.of("StatefulSet " + statefulSet + " does not exist yet");
    }
    List<String> waits = new ArrayList<>();
    if (current && !PodChecks.observed(set)) {
      waits.add("the StatefulSet controller to observe " + statefulSet);
    }
    int ready = 0;
    for (int ordinal = 0; ordinal < replicas; ordinal++) {
      Optional<Pod> pod = pod(ordinal);
      String name = statefulSet + "-" + ordinal;
      if (pod.isEmpty()) {
        waits.add(name + " to be created");
        continue;
      }
      if (PodChecks.ready(pod.get())) {
        ready++;
      } else {
        waits.add(name + " to be Ready");
      }
      if (current && PodChecks.stale(set, pod.get())) {
        waits.add(name + " to be recreated from the current template");
      }
    }
    pods.stream()
        .filter(pod -> ordinal(pod) >= replicas)
        .forEach(pod -> waits.add(pod.getMetadata().getName() + " to be removed"));
    if (waits.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        ready + "/" + replicas + " pods Ready; waiting for " + String.join(", ", waits));
  }

  private Optional<Pod> pod(int ordinal) {
    return pods.stream().filter(pod -> ordinal(pod) == ordinal).findFirst();
  }

  private int ordinal(Pod pod) {
    OptionalInt ordinal = PodChecks.ordinal(statefulSet, pod.getMetadata().getName());
    return ordinal.orElseThrow();
  }
}
