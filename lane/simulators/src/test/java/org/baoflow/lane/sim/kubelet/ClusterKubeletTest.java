package org.baoflow.lane.sim.kubelet;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.time.Duration;
import org.baoflow.lane.sim.kube.LaneKubernetes;
import org.baoflow.lane.sim.kube.Workloads;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A kubelet for a whole cluster, on a lane of its own so no other test's workloads are in it. */
class ClusterKubeletTest {
  private static LaneKubernetes lane;

  @BeforeAll
  static void startLane() {
    lane = LaneKubernetes.start(Path.of("../../deploy/crds"));
  }

  @AfterAll
  static void stopLane() {
    lane.close();
  }

  private static StatefulSetBuilder set(String ns) {
    return new StatefulSetBuilder(Workloads.statefulSet(ns, "bao", 1, "openbao:2.4.4"));
  }

  @Test
  void runsTheStatefulSetsOfEveryNamespaceKeepingSameNamedClaimsApart() {
    KubernetesClient client = lane.newClient();
    KubeletTiming timing =
        new KubeletTiming(
            Duration.ofMillis(10),
            Duration.ofMillis(20),
            Duration.ofMillis(200),
            Duration.ofMillis(50));
    Kubelet kubelet =
        Kubelet.startForAllNamespaces(client, new TestRuntime(true), new ImageFaults(), timing);
    try {
      client.resource(set("team-a").build()).create();
      client.resource(set("team-b").build()).create();

      for (String ns : new String[] {"team-a", "team-b"}) {
        Pod pod =
            Eventually.await(
                "bao-0 ready in " + ns,
                () -> {
                  Pod p = client.pods().inNamespace(ns).withName("bao-0").get();
                  return p != null && PodConditions.runningAndReady(p) ? p : null;
                });
        assertThat(pod.getSpec().getVolumes())
            .anySatisfy(
                v ->
                    assertThat(v.getPersistentVolumeClaim().getClaimName())
                        .isEqualTo("data-bao-0"));
        assertThat(client.persistentVolumeClaims().inNamespace(ns).withName("data-bao-0").get())
            .isNotNull();
      }
    } finally {
      kubelet.close();
    }
  }
}
