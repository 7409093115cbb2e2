package org.baoflow.workflows.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.baoflow.workflows.activities.WorkloadActivities.PodInfo;
import org.junit.jupiter.api.Test;

class ScalePlanTest {
  private static List<PodInfo> pods(int count) {
    // Highest ordinal first, so the plan's own order is what the test sees.
    return IntStream.range(0, count)
        .mapToObj(i -> count - 1 - i)
        .map(ordinal -> new PodInfo("dev-" + ordinal, "uid", ordinal, true, false))
        .toList();
  }

  @Test
  void thePodsAtOrAboveTheNewReplicasLeaveLowestFirst() {
    assertThat(ScalePlan.leaving(pods(5), 3))
        .extracting(PodInfo::name)
        .containsExactly("dev-3", "dev-4");
    assertThat(ScalePlan.leaving(pods(3), 1))
        .extracting(PodInfo::name)
        .containsExactly("dev-1", "dev-2");
  }

  @Test
  void scalingUpOrStayingLeavesNobody() {
    assertThat(ScalePlan.leaving(pods(3), 5)).isEmpty();
    assertThat(ScalePlan.leaving(pods(3), 3)).isEmpty();
  }
}
