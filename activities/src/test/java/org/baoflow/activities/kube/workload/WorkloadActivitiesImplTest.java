package org.baoflow.activities.kube.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestActivityEnvironment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.baoflow.activities.kube.KubeSettings;
import org.baoflow.activities.kube.render.Labels;
import org.baoflow.activities.lane.ActivityEnvironments;
import org.baoflow.activities.lane.LaneClusterFixture;
import org.baoflow.lane.sim.harness.Lane;
import org.baoflow.lane.sim.harness.SimulatedOpenBao;
import org.baoflow.workflows.activities.FailureTypes;
import org.baoflow.workflows.activities.WorkloadActivities;
import org.baoflow.workflows.activities.WorkloadActivities.AwaitPodsRequest;
import org.baoflow.workflows.activities.WorkloadActivities.PodInfo;
import org.baoflow.workflows.activities.WorkloadActivities.PodRequest;
import org.baoflow.workflows.activities.WorkloadActivities.PodsState;
import org.baoflow.workflows.activities.WorkloadActivities.VolumesRequest;
import org.baoflow.workflows.model.ClusterSnapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The workload activities against the lane's kubelet: one three-node Development cluster that the
 * tests, in order, wait for, delete pods of and change the template of; a crash-looping cluster;
 * and claims without pods for volume deletion.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkloadActivitiesImplTest {
  private static final Duration POLL = Duration.ofMillis(100);
  private static final String CRASHING_IMAGE = "quay.io/openbao/openbao:2.4.4-crashing";

  private static Lane lane;
  private static KubernetesClient kube;
  private static ClusterSnapshot cluster;

  private TestActivityEnvironment env;
  private WorkloadActivities activities;
  private final List<String> heartbeats = Collections.synchronizedList(new ArrayList<>());

  @BeforeAll
  static void startLane() {
    lane = Lane.builder().openBao(SimulatedOpenBao.launchers()).start();
    kube = lane.client();
    cluster = LaneClusterFixture.snapshot(LaneClusterFixture.DEV_SAMPLE, "wl", 3);
    LaneClusterFixture.applyAll(kube, cluster);
  }

  @AfterAll
  static void stopLane() {
    if (lane == null) {
      return;
    }
    // One by one: the owner cascade removes each set's pods before the lane drains what is left.
    for (StatefulSet set : kube.apps().statefulSets().inAnyNamespace().list().getItems()) {
      kube.resource(set).delete();
    }
    lane.close();
  }

  @BeforeEach
  void startEnvironment() {
    env = ActivityEnvironments.withBaoFlowConverter();
    env.registerActivitiesImplementations(
        new WorkloadActivitiesImpl(kube, KubeSettings.of(LaneClusterFixture.PLATFORM, POLL)));
    env.setActivityHeartbeatListener(String.class, heartbeats::add);
    activities =
        env.newActivityStub(
            WorkloadActivities.class,
            ActivityOptions.newBuilder()
                .setStartToCloseTimeout(Duration.ofSeconds(90))
                .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build())
                .build());
  }

  @AfterEach
  void closeEnvironment() {
    env.close();
  }

  @Test
  @Order(1)
  void awaitPodsReturnsOnceThreePodsAreReadyAndHeartbeatsWhatItWaitsFor() {
    PodsState state = activities.awaitPods(new AwaitPodsRequest(cluster, 3, true));

    assertThat(state.ready()).isEqualTo(3);
    assertThat(state.pods()).extracting(PodInfo::name).containsExactly("wl-0", "wl-1", "wl-2");
    assertThat(state.pods()).extracting(PodInfo::ordinal).containsExactly(0, 1, 2);
    assertThat(state.pods()).noneMatch(PodInfo::stale);
    assertThat(heartbeats).isNotEmpty();
    assertThat(heartbeats).anyMatch(h -> h.matches("[0-2]/3 pods Ready; waiting for .*wl-2.*"));
  }

  @Test
  @Order(2)
  void deletePodWithAnotherUidLeavesThePodAndWithItsUidReplacesIt() {
    PodInfo pod = activities.pods(cluster).pods().get(1);

    activities.deletePod(new PodRequest(cluster, pod.name(), "not-" + pod.uid()));

    Pod after = kube.pods().inNamespace(namespace()).withName(pod.name()).get();
    assertThat(after.getMetadata().getUid()).isEqualTo(pod.uid());
    assertThat(after.getMetadata().getDeletionTimestamp()).isNull();

    activities.deletePod(new PodRequest(cluster, pod.name(), pod.uid()));
    activities.deletePod(new PodRequest(cluster, pod.name(), pod.uid()));

    PodsState state = activities.awaitPods(new AwaitPodsRequest(cluster, 3, true));
    assertThat(state.pods().get(1).name()).isEqualTo(pod.name());
    assertThat(state.pods().get(1).uid()).isNotEqualTo(pod.uid());
  }

  @Test
  @Order(3)
  void aChangedConfigHashMakesEveryPodStaleUntilItIsRecreated() {
    editTemplateAnnotation(Labels.CONFIG_HASH, "changed-config");

    // The annotation rule sees it at once, before the StatefulSet controller looks.
    assertThat(activities.pods(cluster).pods()).allMatch(PodInfo::stale);

    PodInfo last = activities.pods(cluster).pods().get(2);
    activities.deletePod(new PodRequest(cluster, last.name(), last.uid()));
    PodsState state = activities.awaitPods(new AwaitPodsRequest(cluster, 3, false));

    assertThat(state.pods()).extracting(PodInfo::stale).containsExactly(true, true, false);
  }

  @Test
  @Order(4)
  void anyOtherTemplateChangeIsSeenThroughTheControllerRevision() {
    editTemplateAnnotation("example.org/touched", "yes");

    // Only the controller-revision-hash rule can see this one, once the controller observed it.
    await(
        () -> activities.pods(cluster).pods().stream().allMatch(PodInfo::stale),
        Duration.ofSeconds(20));
    PodInfo last = activities.pods(cluster).pods().get(2);
    activities.deletePod(new PodRequest(cluster, last.name(), last.uid()));
    PodsState state = activities.awaitPods(new AwaitPodsRequest(cluster, 3, false));

    assertThat(state.pods()).extracting(PodInfo::stale).containsExactly(true, true, false);
  }

  @Test
  @Order(5)
  void aCrashLoopingImageFailsTheWaitAtOnceNamingPodContainerAndReason() {
    ClusterSnapshot crashing =
        LaneClusterFixture.snapshot(LaneClusterFixture.DEV_SAMPLE, "crash", 1);
    crashing.spec().setImage(CRASHING_IMAGE);
    lane.faults().images().crashLoop(CRASHING_IMAGE);
    LaneClusterFixture.applyAll(kube, crashing);
    long started = System.nanoTime();

    assertThatThrownBy(() -> activities.awaitPods(new AwaitPodsRequest(crashing, 1, true)))
        .isInstanceOf(ActivityFailure.class)
        .cause()
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            failure -> {
              assertThat(failure.getType()).isEqualTo(FailureTypes.POD_FAILURE);
              assertThat(failure.isNonRetryable()).isTrue();
              assertThat(failure.getOriginalMessage())
                  .contains("crash-0")
                  .contains("container openbao")
                  .contains("CrashLoopBackOff")
                  .contains("crash-loops in this lane");
            });
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
    kube.apps().statefulSets().inNamespace(namespace()).withName("crash").delete();
  }

  @Test
  @Order(6)
  void deleteVolumesDeletesTheClaimsOfTheOrdinalsFromTheGivenOneOnly() {
    ClusterSnapshot volumes = LaneClusterFixture.snapshot(LaneClusterFixture.DEV_SAMPLE, "vol", 5);
    for (String name :
        List.of("data-vol-0", "data-vol-1", "data-vol-2", "data-vol-3", "data-vol-4")) {
      createClaim(name, "vol");
    }
    createClaim("data-vol-blue-3", "vol");
    createClaim("data-volume-3", "volume");

    List<String> deleted = activities.deleteVolumes(new VolumesRequest(volumes, 3));

    assertThat(deleted).containsExactly("data-vol-3", "data-vol-4");
    assertThat(
            kube.persistentVolumeClaims().inNamespace(namespace()).list().getItems().stream()
                .map(c -> c.getMetadata().getName())
                .filter(n -> n.startsWith("data-vol")))
        .containsExactlyInAnyOrder(
            "data-vol-0", "data-vol-1", "data-vol-2", "data-vol-blue-3", "data-volume-3");
    assertThat(activities.deleteVolumes(new VolumesRequest(volumes, 3))).isEmpty();
  }

  private static void createClaim(String name, String clusterName) {
    PersistentVolumeClaim claim =
        new PersistentVolumeClaimBuilder()
            .withNewMetadata()
            .withNamespace(namespace())
            .withName(name)
            .withLabels(
                Map.of(Labels.NAME, "openbao", Labels.CLUSTER, clusterName, Labels.MANAGED_BY, "x"))
            .endMetadata()
            .withNewSpec()
            .withAccessModes("ReadWriteOnce")
            .endSpec()
            .build();
    kube.resource(claim).create();
  }

  private static void editTemplateAnnotation(String key, String value) {
    // A merge patch without resourceVersion: the kubelet writes the set's status meanwhile.
    kube.apps()
        .statefulSets()
        .inNamespace(namespace())
        .withName("wl")
        .patch(
            PatchContext.of(PatchType.JSON_MERGE),
            "{\"spec\":{\"template\":{\"metadata\":{\"annotations\":{\""
                + key
                + "\":\""
                + value
                + "\"}}}}}");
  }

  private static String namespace() {
    return cluster.ref().namespace();
  }

  private static void await(BooleanSupplier condition, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within " + timeout);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
