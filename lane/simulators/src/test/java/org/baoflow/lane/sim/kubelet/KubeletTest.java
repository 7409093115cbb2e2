package org.baoflow.lane.sim.kubelet;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.baoflow.lane.sim.kube.SharedLane;
import org.baoflow.lane.sim.kube.Workloads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KubeletTest {
  private static final AtomicInteger NAMESPACES = new AtomicInteger();
  private static final KubeletTiming FAST =
      new KubeletTiming(
          Duration.ofMillis(10),
          Duration.ofMillis(20),
          Duration.ofMillis(200),
          Duration.ofMillis(50));

  // A client per test, closed with it: watches a closed kubelet leaves behind cannot fill the
  // connection pool of the next test's client.
  private final KubernetesClient client = SharedLane.lane().newClient();
  private final String ns = "kubelet-" + NAMESPACES.incrementAndGet();
  private final ImageFaults faults = new ImageFaults();
  private TestRuntime runtime;
  private Kubelet kubelet;

  private void startKubelet(boolean readyOnStart) {
    runtime = new TestRuntime(readyOnStart);
    kubelet = Kubelet.start(client, ns, runtime, faults, FAST);
  }

  @AfterEach
  void stopKubelet() {
    if (kubelet != null) {
      Workloads.drain(client, ns);
      kubelet.close();
    }
    client.close();
  }

  private static StatefulSet set(String ns, String name, int replicas, String image) {
    return Workloads.statefulSet(ns, name, replicas, image);
  }

  private Pod pod(String name) {
    return client.pods().inNamespace(ns).withName(name).get();
  }

  private StatefulSet readSet(String name) {
    return client.apps().statefulSets().inNamespace(ns).withName(name).get();
  }

  private List<String> podNames() {
    return client.pods().inNamespace(ns).list().getItems().stream()
        .map(p -> p.getMetadata().getName())
        .sorted()
        .toList();
  }

  private Pod awaitPod(String name, Predicate<Pod> condition, String what) {
    return Eventually.await(
        name + " " + what,
        () -> {
          Pod pod = pod(name);
          return pod != null && condition.test(pod) ? pod : null;
        });
  }

  private static boolean running(Pod pod) {
    return pod.getStatus() != null && "Running".equals(pod.getStatus().getPhase());
  }

  private static String condition(Pod pod, String type) {
    return pod.getStatus().getConditions().stream()
        .filter(c -> type.equals(c.getType()))
        .map(PodCondition::getStatus)
        .findFirst()
        .orElse("absent");
  }

  private static ContainerStatus container(Pod pod) {
    return pod.getStatus().getContainerStatuses().get(0);
  }

  private static String waitingReason(Pod pod) {
    if (pod.getStatus() == null || pod.getStatus().getContainerStatuses().isEmpty()) {
      return "";
    }
    var waiting = container(pod).getState().getWaiting();
    return waiting == null ? "" : waiting.getReason();
  }

  private void awaitReadyReplicas(String name, int ready) {
    Eventually.until(
        name + " readyReplicas=" + ready,
        () -> {
          StatefulSet set = readSet(name);
          return set.getStatus() != null
              && set.getStatus().getReadyReplicas() != null
              && set.getStatus().getReadyReplicas() == ready
              && set.getStatus().getReplicas() == set.getSpec().getReplicas();
        });
  }

  private void editSet(String name, UnaryOperator<StatefulSet> change) {
    client.apps().statefulSets().inNamespace(ns).withName(name).edit(change);
  }

  @Test
  void orderedReadyStartsAnOrdinalOnlyOnceThePreviousOneIsReady() {
    startKubelet(false);
    StatefulSet created = client.resource(set(ns, "web", 3, "openbao:2.4.4")).create();

    Pod first = awaitPod("web-0", KubeletTest::running, "running");
    assertThat(podNames()).containsExactly("web-0");
    assertThat(first.getMetadata().getLabels())
        .containsEntry("app", "web")
        .containsEntry("statefulset.kubernetes.io/pod-name", "web-0")
        .containsKey("controller-revision-hash");
    assertThat(first.getMetadata().getOwnerReferences())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.getUid()).isEqualTo(created.getMetadata().getUid());
              assertThat(r.getController()).isTrue();
            });
    assertThat(first.getSpec().getHostname()).isEqualTo("web-0");
    assertThat(first.getSpec().getSubdomain()).isEqualTo("web-internal");
    assertThat(first.getStatus().getPodIP()).isEqualTo("127.0.0.1");
    awaitPod(
        "web-0",
        p ->
            String.valueOf(runtime.container("web-0").port())
                .equals(p.getMetadata().getAnnotations().get(Kubelet.PORT_ANNOTATION)),
        "publishes its port");

    runtime.container("web-0").ready(true);
    awaitPod("web-1", KubeletTest::running, "running");
    assertThat(podNames()).containsExactly("web-0", "web-1");

    runtime.container("web-1").ready(true);
    awaitPod("web-2", KubeletTest::running, "running");
    assertThat(runtime.starts())
        .containsExactly("web-0@openbao:2.4.4", "web-1@openbao:2.4.4", "web-2@openbao:2.4.4");
  }

  @Test
  void parallelStartsEveryOrdinalWithoutWaitingForReadiness() {
    startKubelet(false);
    client
        .resource(
            new StatefulSetBuilder(set(ns, "par", 3, "openbao:2.4.4"))
                .editSpec()
                .withPodManagementPolicy("Parallel")
                .endSpec()
                .build())
        .create();

    for (int i = 0; i < 3; i++) {
      awaitPod("par-" + i, KubeletTest::running, "running");
    }
    assertThat(condition(pod("par-0"), "Ready")).isEqualTo("False");
  }

  @Test
  void scalingUpAddsOrdinalsAndScalingDownRemovesTheHighestFirst() {
    startKubelet(true);
    client.resource(set(ns, "sc", 1, "openbao:2.4.4")).create();
    awaitReadyReplicas("sc", 1);

    editSet("sc", s -> new StatefulSetBuilder(s).editSpec().withReplicas(3).endSpec().build());
    awaitReadyReplicas("sc", 3);
    assertThat(podNames()).containsExactly("sc-0", "sc-1", "sc-2");

    editSet("sc", s -> new StatefulSetBuilder(s).editSpec().withReplicas(1).endSpec().build());
    awaitReadyReplicas("sc", 1);
    Eventually.until("pods sc-1, sc-2 gone", () -> podNames().equals(List.of("sc-0")));
    assertThat(runtime.stops()).containsExactly("sc-2", "sc-1");
    assertThat(client.persistentVolumeClaims().inNamespace(ns).withName("data-sc-2").get())
        .isNotNull();
  }

  @Test
  void readinessFollowsTheProbeIntoConditionsAndReadyReplicas() {
    startKubelet(true);
    client.resource(set(ns, "rd", 2, "openbao:2.4.4")).create();
    awaitReadyReplicas("rd", 2);
    Pod ready = pod("rd-1");
    assertThat(condition(ready, "Ready")).isEqualTo("True");
    assertThat(condition(ready, "ContainersReady")).isEqualTo("True");
    assertThat(container(ready).getReady()).isTrue();

    runtime.container("rd-1").ready(false);

    Pod unready = awaitPod("rd-1", p -> "False".equals(condition(p, "Ready")), "not ready");
    assertThat(condition(unready, "ContainersReady")).isEqualTo("False");
    assertThat(unready.getStatus().getPhase()).isEqualTo("Running");
    awaitReadyReplicas("rd", 1);
  }

  @Test
  void onDeleteLeavesPodsAloneUntilOneIsDeletedWhichReturnsWithTheNewTemplate() {
    startKubelet(true);
    client
        .resource(
            new StatefulSetBuilder(set(ns, "od", 2, "openbao:2.4.4"))
                .editSpec()
                .withNewUpdateStrategy()
                .withType("OnDelete")
                .endUpdateStrategy()
                .endSpec()
                .build())
        .create();
    awaitReadyReplicas("od", 2);
    String oldRevision = readSet("od").getStatus().getCurrentRevision();
    assertThat(StatefulSetPods.revisionOf(pod("od-1"))).isEqualTo(oldRevision);

    editSet("od", s -> withImage(s, "openbao:2.5.0"));
    Eventually.until(
        "a new update revision",
        () -> !oldRevision.equals(readSet("od").getStatus().getUpdateRevision()));
    String newRevision = readSet("od").getStatus().getUpdateRevision();
    assertThat(StatefulSetPods.revisionOf(pod("od-0"))).isEqualTo(oldRevision);
    assertThat(StatefulSetPods.revisionOf(pod("od-1"))).isEqualTo(oldRevision);

    client.resource(pod("od-1")).delete();

    Pod replaced =
        awaitPod("od-1", p -> newRevision.equals(StatefulSetPods.revisionOf(p)), "recreated");
    assertThat(replaced.getSpec().getContainers().get(0).getImage()).isEqualTo("openbao:2.5.0");
    awaitReadyReplicas("od", 2);
    assertThat(StatefulSetPods.revisionOf(pod("od-0"))).isEqualTo(oldRevision);
    StatefulSet set = readSet("od");
    assertThat(set.getStatus().getUpdatedReplicas()).isEqualTo(1);
    assertThat(set.getStatus().getCurrentReplicas()).isEqualTo(1);
    assertThat(set.getStatus().getCurrentRevision()).isEqualTo(oldRevision);
  }

  @Test
  void rollingUpdateReplacesPodsAtOrAboveThePartitionHighestFirst() {
    startKubelet(true);
    client
        .resource(
            new StatefulSetBuilder(set(ns, "ru", 3, "openbao:2.4.4"))
                .editSpec()
                .withNewUpdateStrategy()
                .withType("RollingUpdate")
                .withNewRollingUpdate()
                .withPartition(1)
                .endRollingUpdate()
                .endUpdateStrategy()
                .endSpec()
                .build())
        .create();
    awaitReadyReplicas("ru", 3);
    String oldRevision = readSet("ru").getStatus().getCurrentRevision();

    editSet("ru", s -> withImage(s, "openbao:2.5.0"));
    Eventually.until(
        "2 pods updated",
        () -> {
          StatefulSet set = readSet("ru");
          return set.getStatus().getUpdatedReplicas() == 2
              && set.getStatus().getReadyReplicas() == 3;
        });
    assertThat(runtime.starts())
        .filteredOn(s -> s.endsWith("2.5.0"))
        .containsExactly("ru-2@openbao:2.5.0", "ru-1@openbao:2.5.0");
    assertThat(StatefulSetPods.revisionOf(pod("ru-0"))).isEqualTo(oldRevision);
    assertThat(readSet("ru").getStatus().getCurrentRevision()).isEqualTo(oldRevision);

    editSet(
        "ru",
        s ->
            new StatefulSetBuilder(s)
                .editSpec()
                .editUpdateStrategy()
                .editRollingUpdate()
                .withPartition(0)
                .endRollingUpdate()
                .endUpdateStrategy()
                .endSpec()
                .build());
    Eventually.until(
        "rollout complete",
        () -> {
          StatefulSet set = readSet("ru");
          return set.getStatus().getUpdateRevision().equals(set.getStatus().getCurrentRevision())
              && set.getStatus().getUpdatedReplicas() == 3;
        });
    assertThat(pod("ru-0").getSpec().getContainers().get(0).getImage()).isEqualTo("openbao:2.5.0");
  }

  @Test
  void claimsAreCreatedPerOrdinalAndOutliveThePodAndTheStatefulSet() {
    startKubelet(true);
    StatefulSet created = client.resource(set(ns, "pv", 2, "openbao:2.4.4")).create();
    awaitReadyReplicas("pv", 2);
    assertThat(
            client.persistentVolumeClaims().inNamespace(ns).list().getItems().stream()
                .map(c -> c.getMetadata().getName())
                .sorted())
        .containsExactly("data-pv-0", "data-pv-1");
    assertThat(pod("pv-0").getSpec().getVolumes())
        .anySatisfy(
            v -> {
              assertThat(v.getName()).isEqualTo("data");
              assertThat(v.getPersistentVolumeClaim().getClaimName()).isEqualTo("data-pv-0");
            });
    String claimUid =
        client
            .persistentVolumeClaims()
            .inNamespace(ns)
            .withName("data-pv-0")
            .get()
            .getMetadata()
            .getUid();

    String podUid = pod("pv-0").getMetadata().getUid();
    client.resource(pod("pv-0")).delete();
    awaitPod("pv-0", p -> !podUid.equals(p.getMetadata().getUid()) && running(p), "recreated");
    assertThat(
            client
                .persistentVolumeClaims()
                .inNamespace(ns)
                .withName("data-pv-0")
                .get()
                .getMetadata()
                .getUid())
        .isEqualTo(claimUid);

    client.resource(created).delete();
    Eventually.until("pods gone with their StatefulSet", () -> podNames().isEmpty());
    assertThat(client.persistentVolumeClaims().inNamespace(ns).list().getItems()).hasSize(2);

    client.persistentVolumeClaims().inNamespace(ns).withName("data-pv-1").delete();
    Eventually.until(
        "claim deleted explicitly",
        () -> client.persistentVolumeClaims().inNamespace(ns).withName("data-pv-1").get() == null);
  }

  @Test
  void deletingAPodStopsItsContainerBeforeThePodGoes() {
    startKubelet(true);
    client.resource(set(ns, "del", 1, "openbao:2.4.4")).create();
    awaitReadyReplicas("del", 1);
    var first = runtime.container("del-0");
    String uid = pod("del-0").getMetadata().getUid();

    client.resource(pod("del-0")).delete();

    awaitPod("del-0", p -> !uid.equals(p.getMetadata().getUid()), "replaced");
    assertThat(first.stopped()).isTrue();
  }

  @Test
  void aCrashLoopingImageShowsCrashLoopBackOffWithRestarts() {
    faults.crashLoop("openbao:bad");
    startKubelet(true);
    client.resource(set(ns, "cl", 1, "openbao:bad")).create();

    Pod pod =
        awaitPod(
            "cl-0",
            p -> "CrashLoopBackOff".equals(waitingReason(p)) && container(p).getRestartCount() >= 2,
            "crash-looping");
    assertThat(container(pod).getLastState().getTerminated().getExitCode()).isEqualTo(1);
    assertThat(condition(pod, "Ready")).isEqualTo("False");
    assertThat(runtime.starts()).isEmpty();

    faults.heal("openbao:bad");
    awaitReadyReplicas("cl", 1);
  }

  @Test
  void aContainerThatCrashesIsRestartedAndCounted() {
    startKubelet(true);
    client.resource(set(ns, "cr", 1, "openbao:2.4.4")).create();
    awaitReadyReplicas("cr", 1);

    runtime.container("cr-0").crash(137);

    Pod restarted =
        awaitPod(
            "cr-0",
            p -> container(p).getRestartCount() == 1 && "True".equals(condition(p, "Ready")),
            "restarted");
    assertThat(container(restarted).getLastState().getTerminated().getExitCode()).isEqualTo(137);
    assertThat(runtime.starts()).hasSize(2);
  }

  @Test
  void aContainerThatFailsToStartCrashLoopsWithTheFailureAsItsTerminationMessage() {
    startKubelet(true);
    runtime.failStarts("no such file: /bao/config/config.hcl");
    client.resource(set(ns, "fs", 1, "openbao:2.4.4")).create();

    Pod pod = awaitPod("fs-0", p -> "CrashLoopBackOff".equals(waitingReason(p)), "crash-looping");
    assertThat(container(pod).getLastState().getTerminated().getMessage())
        .isEqualTo("no such file: /bao/config/config.hcl");

    runtime.failStarts(null);
    awaitReadyReplicas("fs", 1);
  }

  @Test
  void aMissingImageShowsImagePullBackOffAndStaysPending() {
    faults.markMissing("openbao:missing");
    startKubelet(true);
    client.resource(set(ns, "ip", 1, "openbao:missing")).create();

    Pod pod = awaitPod("ip-0", p -> "ImagePullBackOff".equals(waitingReason(p)), "pull back-off");
    assertThat(pod.getStatus().getPhase()).isEqualTo("Pending");
    assertThat(runtime.starts()).isEmpty();

    faults.heal("openbao:missing");
    awaitReadyReplicas("ip", 1);
  }

  @Test
  void theRevisionHashFollowsThePodTemplate() {
    startKubelet(true);
    client.resource(set(ns, "rev", 1, "openbao:2.4.4")).create();
    awaitReadyReplicas("rev", 1);
    StatefulSet before = readSet("rev");
    assertThat(StatefulSetPods.revisionOf(pod("rev-0")))
        .isEqualTo(before.getStatus().getUpdateRevision())
        .matches("rev-[bcdfghjklmnpqrstvwxz2456789]{10}");

    editSet(
        "rev",
        s ->
            new StatefulSetBuilder(s)
                .editSpec()
                .editTemplate()
                .editMetadata()
                .addToAnnotations("changed", "yes")
                .endMetadata()
                .endTemplate()
                .endSpec()
                .build());

    Eventually.until(
        "the pod at the new revision",
        () -> {
          StatefulSet set = readSet("rev");
          Pod pod = pod("rev-0");
          return pod != null
              && !set.getStatus().getUpdateRevision().equals(before.getStatus().getUpdateRevision())
              && set.getStatus().getUpdateRevision().equals(StatefulSetPods.revisionOf(pod))
              && set.getStatus().getReadyReplicas() == 1;
        });
    assertThat(pod("rev-0").getMetadata().getAnnotations()).containsEntry("changed", "yes");
  }

  private static StatefulSet withImage(StatefulSet set, String image) {
    StatefulSet changed = new StatefulSetBuilder(set).build();
    changed.getSpec().getTemplate().getSpec().getContainers().get(0).setImage(image);
    return changed;
  }
}
