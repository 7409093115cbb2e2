package org.baoflow.activities.lane;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.List;
import org.baoflow.lane.sim.harness.Lane;
import org.baoflow.lane.sim.harness.SimulatedOpenBao;
import org.baoflow.workflows.model.ClusterSnapshot;
import org.junit.jupiter.api.Test;

/** The fixture really brings a cluster up: three Ready pods, one of them active. */
class LaneClusterFixtureTest {

  @Test
  void theDevelopmentSampleComesUpWithThreeReadyPods() throws InterruptedException {
    try (Lane lane = Lane.builder().openBao(SimulatedOpenBao.launchers()).start()) {
      KubernetesClient kube = lane.client();
      ClusterSnapshot dev = LaneClusterFixture.snapshot(LaneClusterFixture.DEV_SAMPLE, "fx", 3);

      String caPem = LaneClusterFixture.applyAll(kube, dev);

      assertThat(caPem).startsWith("-----BEGIN CERTIFICATE-----");
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      List<Pod> ready = List.of();
      while (ready.size() < 3 && System.nanoTime() < deadline) {
        Thread.sleep(50);
        ready =
            kube
                .pods()
                .inNamespace(dev.ref().namespace())
                .withLabel("openbao.org/cluster", "fx")
                .list()
                .getItems()
                .stream()
                .filter(
                    pod ->
                        pod.getStatus() != null
                            && pod.getStatus().getConditions().stream()
                                .anyMatch(
                                    c ->
                                        c.getType().equals("Ready")
                                            && c.getStatus().equals("True")))
                .toList();
      }
      assertThat(ready).hasSize(3);
      assertThat(ready)
          .filteredOn(pod -> "true".equals(pod.getMetadata().getLabels().get("openbao-active")))
          .hasSize(1);
    }
  }
}
