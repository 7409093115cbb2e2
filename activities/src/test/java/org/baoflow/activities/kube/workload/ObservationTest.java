package org.baoflow.activities.kube.workload;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import java.util.List;
import java.util.stream.IntStream;
import org.baoflow.workflows.activities.WorkloadActivities.PodInfo;
import org.junit.jupiter.api.Test;

class ObservationTest {
  private static final StatefulSet SET =
      new StatefulSetBuilder()
          .withNewMetadata()
          .withName("dev")
          .endMetadata()
          .withNewSpec()
          .withReplicas(3)
          .withNewTemplate()
          .withNewMetadata()
          .endMetadata()
          .endTemplate()
          .endSpec()
          .build();

  @Test
  void threeReadyPodsAreWhatThreeReplicasWaitFor() {
    Observation observation = new Observation("dev", SET, readyPods(3));

    assertThat(observation.missing(3, false)).isEmpty();
    assertThat(observation.state().pods()).extracting(PodInfo::name).hasSize(3);
  }

  @Test
  void aScaleDownWaitsUntilThePodsAboveTheReplicasAreGone() {
    Observation observation = new Observation("dev", SET, readyPods(5));

    assertThat(observation.missing(3, false))
        .contains("3/3 pods Ready; waiting for dev-3 to be removed, dev-4 to be removed");
    assertThat(new Observation("dev", SET, readyPods(3)).missing(3, false)).isEmpty();
  }

  private static List<Pod> readyPods(int count) {
    return IntStream.range(0, count)
        .mapToObj(
            ordinal ->
                new PodBuilder()
                    .withNewMetadata()
                    .withName("dev-" + ordinal)
                    .withUid("uid-" + ordinal)
                    .endMetadata()
                    .withNewStatus()
                    .addNewCondition()
                    .withType("Ready")
                    .withStatus("True")
                    .endCondition()
                    .endStatus()
                    .build())
        .toList();
  }
}
