package org.baoflow.workflows.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.baoflow.workflows.activities.WorkloadActivities.PodInfo;
import org.baoflow.workflows.activities.WorkloadActivities.PodsState;
import org.junit.jupiter.api.Test;

class RestartPlanTest {
  private static PodInfo pod(int ordinal, boolean stale) {
    return new PodInfo("dev-" + ordinal, "uid-" + ordinal, ordinal, true, stale);
  }

  @Test
  void followersGoHighestOrdinalFirstAndTheLeaderLast() {
    List<PodInfo> pods =
        List.of(pod(0, true), pod(1, true), pod(2, true), pod(3, true), pod(4, true));

    assertThat(RestartPlan.order(pods, "dev-3"))
        .extracting(PodInfo::name)
        .containsExactly("dev-4", "dev-2", "dev-1", "dev-0", "dev-3");
  }

  @Test
  void onlyStalePodsRestart() {
    List<PodInfo> pods = List.of(pod(0, true), pod(1, false), pod(2, true));

    assertThat(RestartPlan.order(pods, "dev-1"))
        .extracting(PodInfo::name)
        .containsExactly("dev-2", "dev-0");
    assertThat(RestartPlan.order(List.of(pod(0, false), pod(1, false)), "dev-0")).isEmpty();
  }

  @Test
  void withoutALeaderEveryStalePodGoesByDescendingOrdinal() {
    assertThat(RestartPlan.order(List.of(pod(0, true), pod(1, true)), null))
        .extracting(PodInfo::name)
        .containsExactly("dev-1", "dev-0");
  }

  @Test
  void onlyALeaderWithSomebodyToTakeOverStepsDown() {
    assertThat(RestartPlan.stepDownFirst(pod(0, true), "dev-0", 3)).isTrue();
    assertThat(RestartPlan.stepDownFirst(pod(0, true), "dev-0", 1)).isFalse();
    assertThat(RestartPlan.stepDownFirst(pod(1, true), "dev-0", 3)).isFalse();
  }

  @Test
  void aDeletedPodIsReplacedOnlyByAReadyCurrentPodWithAnotherUid() {
    PodInfo deleted = pod(1, true);
    PodInfo sameUid = deleted;
    PodInfo notReady = new PodInfo("dev-1", "uid-9", 1, false, false);
    PodInfo stillStale = new PodInfo("dev-1", "uid-9", 1, true, true);
    PodInfo back = new PodInfo("dev-1", "uid-9", 1, true, false);

    assertThat(RestartPlan.replaced(new PodsState(List.of(pod(0, false), sameUid)), deleted))
        .isFalse();
    assertThat(RestartPlan.replaced(new PodsState(List.of(notReady)), deleted)).isFalse();
    assertThat(RestartPlan.replaced(new PodsState(List.of(stillStale)), deleted)).isFalse();
    assertThat(RestartPlan.replaced(new PodsState(List.of(pod(0, false))), deleted)).isFalse();
    assertThat(RestartPlan.replaced(new PodsState(List.of(pod(0, false), back)), deleted)).isTrue();
  }

  @Test
  void namesAreOrderedByOrdinal() {
    assertThat(
            RestartPlan.names(new PodsState(List.of(pod(2, false), pod(0, false), pod(1, false)))))
        .containsExactly("dev-0", "dev-1", "dev-2");
  }
}
