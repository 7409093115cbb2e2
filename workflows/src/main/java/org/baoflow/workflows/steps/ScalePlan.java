package org.baoflow.workflows.steps;

import java.util.Comparator;
import java.util.List;
import org.baoflow.workflows.activities.WorkloadActivities.PodInfo;

/** Decisions of a scale-down: which pods, and so which raft peers, leave. */
public final class ScalePlan {
  private ScalePlan() {}

  /** The pods at or above ordinal {@code replicas}, lowest ordinal first. */
  public static List<PodInfo> leaving(List<PodInfo> pods, int replicas) {
    return pods.stream()
        .filter(pod -> pod.ordinal() >= replicas)
        .sorted(Comparator.comparingInt(PodInfo::ordinal))
        .toList();
  }
}
