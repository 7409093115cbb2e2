package org.baoflow.workflows.steps;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.baoflow.workflows.activities.WorkloadActivities.PodInfo;
import org.baoflow.workflows.activities.WorkloadActivities.PodsState;

/**
 * Decisions of a rolling restart. Followers go first, highest ordinal first (the order a
 * StatefulSet rolls in, so the pods users look at last are the oldest); the leader goes last, so
 * the cluster changes leader once instead of at every restart.
 */
public final class RestartPlan {
  private RestartPlan() {}

  /** The stale pods in restart order: followers by descending ordinal, then the leader. */
  public static List<PodInfo> order(List<PodInfo> pods, String leader) {
    Comparator<PodInfo> leaderLast = Comparator.comparing(pod -> pod.name().equals(leader));
    return pods.stream()
        .filter(PodInfo::stale)
        .sorted(leaderLast.thenComparing(PodInfo::ordinal, Comparator.reverseOrder()))
        .toList();
  }

  /**
   * Whether {@code pod} must hand over leadership before it goes: it leads, and another member can
   * take over (a single node has nobody to step down to).
   */
  public static boolean stepDownFirst(PodInfo pod, String leader, int members) {
    return pod.name().equals(leader) && members > 1;
  }

  /**
   * Whether the pod the workflow deleted is back: a pod of that name with another uid, Ready and
   * running the current template.
   */
  public static boolean replaced(PodsState state, PodInfo deleted) {
    return state.pods().stream()
        .anyMatch(
            pod ->
                pod.name().equals(deleted.name())
                    && !Objects.equals(pod.uid(), deleted.uid())
                    && pod.ready()
                    && !pod.stale());
  }

  /** The pods' names, which are their raft node ids. */
  public static List<String> names(PodsState state) {
    return state.pods().stream()
        .sorted(Comparator.comparingInt(PodInfo::ordinal))
        .map(PodInfo::name)
        .toList();
  }
}
