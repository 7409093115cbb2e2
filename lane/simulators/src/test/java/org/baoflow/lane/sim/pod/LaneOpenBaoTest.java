package org.baoflow.lane.sim.pod;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.baoflow.lane.sim.harness.Lane;
import org.baoflow.lane.sim.harness.LaneClusterContext;
import org.baoflow.lane.sim.kube.Workloads;
import org.baoflow.lane.sim.kubelet.Eventually;
import org.baoflow.lane.sim.node.RetryJoin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A lane built with {@code openBao(...)} runs the golden workload in its own namespace. */
class LaneOpenBaoTest {
  private static final FakeOpenBao LAUNCHER = new FakeOpenBao();
  private static final List<LaneClusterContext> CONTEXTS = new ArrayList<>();
  private static Lane lane;

  @BeforeAll
  static void start() {
    lane =
        Lane.builder()
            .clusters("east", "west")
            .openBao(
                context -> {
                  synchronized (CONTEXTS) {
                    CONTEXTS.add(context);
                  }
                  return LAUNCHER;
                })
            .start();
    System.out.printf("lane with kubelets started in %s%n", lane.startTimes().summary());
  }

  @AfterAll
  static void stop() {
    Workloads.drain(lane.client("east"), "openbao");
    Workloads.drain(lane.client("west"), "crashing");
    lane.close();
  }

  @Test
  void eachClusterRunsTheGoldenPodsOfItsNamespaceAndFindsThemByAutoJoin() throws Exception {
    assertThat(CONTEXTS)
        .extracting(LaneClusterContext::name)
        .containsExactlyInAnyOrder("east", "west");
    KubernetesClient east = lane.client("east");
    DevLaneGolden.apply(east, "openbao", TestTls.selfSigned(), UnaryOperator.identity());

    FakeOpenBao.Launch launch =
        Eventually.await("dev-r1-0 launched", () -> LAUNCHER.latest("dev-r1-0").orElse(null));
    Eventually.await(
        "dev-r1-0 ready",
        () -> {
          Pod pod = east.pods().inNamespace("openbao").withName("dev-r1-0").get();
          return pod != null && "true".equals(pod.getMetadata().getLabels().get("openbao-active"))
              ? pod
              : null;
        });

    RetryJoin join = launch.config().storage().retryJoin().get(0);
    assertThat(launch.host().autoJoin(join.autoJoin().orElseThrow(), join.autoJoinScheme()))
        .containsExactly(URI.create("https://127.0.0.1:" + launch.node().port()));
    assertThat(lane.client("west").pods().inNamespace("openbao").list().getItems()).isEmpty();

    lane.dns("east").register("transit.infra.svc", 8200, new InetSocketAddress("127.0.0.1", 1234));
    assertThat(launch.host().resolve("transit.infra.svc", 8200))
        .contains(new InetSocketAddress("127.0.0.1", 1234));
    assertThat(lane.dns("west").resolve("transit.infra.svc", 8200, "openbao")).isEmpty();
  }

  @Test
  void anImageTheLaneMarksCrashLoopingNeverReachesTheLauncher() {
    String broken = "quay.io/openbao/openbao:broken";
    lane.faults().images().crashLoop(broken);
    KubernetesClient west = lane.client("west");
    DevLaneGolden.apply(
        west,
        "crashing",
        TestTls.selfSigned(),
        set -> {
          set.getSpec().getTemplate().getSpec().getContainers().get(0).setImage(broken);
          return set;
        });

    Pod pod =
        Eventually.await(
            "dev-r1-0 crash-looping",
            () -> {
              Pod p = west.pods().inNamespace("crashing").withName("dev-r1-0").get();
              return p != null
                      && p.getStatus() != null
                      && !p.getStatus().getContainerStatuses().isEmpty()
                      && p.getStatus().getContainerStatuses().get(0).getState().getWaiting() != null
                      && "CrashLoopBackOff"
                          .equals(
                              p.getStatus()
                                  .getContainerStatuses()
                                  .get(0)
                                  .getState()
                                  .getWaiting()
                                  .getReason())
                  ? p
                  : null;
            });
    assertThat(pod.getStatus().getContainerStatuses().get(0).getImage()).isEqualTo(broken);
    assertThat(LAUNCHER.launches()).noneMatch(l -> l.host().image().equals(broken));
  }
}
