package org.baoflow.watcher;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowException;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.serviceclient.RpcRetryOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.baoflow.api.v1alpha1.OpenBaoCluster;
import org.baoflow.api.v1alpha1.OpenBaoClusterStatus;
import org.baoflow.lane.sim.harness.Lane;
import org.baoflow.workflows.BaoFlowDataConverter;
import org.baoflow.workflows.drift.ManagedHash;
import org.baoflow.workflows.visibility.BaoFlowSearchAttributes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The watcher against two lane Kubernetes clusters and the lane's Temporal, with a recording
 * cluster workflow: what reaches a workflow, and what never does.
 */
class ClusterWatcherIT {
  private static final String TASK_QUEUE = "watcher-test";
  private static final Duration RESYNC = Duration.ofMillis(200);
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String WATCHED = "openbao";
  private static final String LEASE_NAMESPACE = "baoflow-system";
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  private static Lane lane;
  private static WorkflowClient temporal;
  private static WorkerFactory workers;
  private static final List<ClusterWatcher> watchers = new ArrayList<>();

  @BeforeAll
  static void startLane() {
    lane = Lane.builder().clusters("a", "b").start();
    temporal =
        WorkflowClient.newInstance(
            lane.temporal().serviceStubs(),
            WorkflowClientOptions.newBuilder()
                .setNamespace(lane.temporal().namespace())
                .setDataConverter(BaoFlowDataConverter.get())
                .build());
    workers = WorkerFactory.newInstance(temporal);
    workers
        .newWorker(TASK_QUEUE)
        .registerWorkflowImplementationTypes(RecordingClusterWorkflow.class);
    workers.start();
    for (String cluster : List.of("a", "b")) {
      for (String namespace : List.of(WATCHED, "outage", "elect", LEASE_NAMESPACE)) {
        lane.client(cluster)
            .resource(
                new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata().build())
            .serverSideApply();
      }
      watcher(cluster, WATCHED, WatcherSettings.LEASE_NAME, "main-" + cluster, temporal).start();
    }
  }

  @AfterAll
  static void stopLane() {
    watchers.forEach(ClusterWatcher::close);
    if (workers != null) {
      workers.shutdownNow();
    }
    if (lane != null) {
      lane.close();
    }
  }

  @Test
  void aNewClusterStartsItsWorkflowOnceAndOnlySpecChangesFollow() {
    KubernetesClient kube = lane.client("a");
    OpenBaoCluster created = create(kube, WATCHED, "one", Map.of(), List.of());
    String uid = created.getMetadata().getUid();
    String id = "obao_a_openbao_one";

    assertThat(awaitReceived(id, 1)).containsExactly("spec " + uid + " 1 replicas=3 {}");
    WatcherMetrics metrics = watchers.get(0).metrics();
    assertThat(metrics.acknowledged()).isPositive().isLessThanOrEqualTo(metrics.sends());
    assertThat(metrics.latency().count()).isPositive();
    assertThat(metrics.latency().p99()).isPositive().isLessThan(WAIT);
    WorkflowExecutionDescription description = temporal.newUntypedWorkflowStub(id).describe();
    assertThat(description.getTaskQueue()).isEqualTo(TASK_QUEUE);
    assertThat(description.getTypedSearchAttributes().get(BaoFlowSearchAttributes.CLUSTER))
        .isEqualTo("a/openbao/one");
    assertThat(description.getTypedSearchAttributes().get(BaoFlowSearchAttributes.OPERATION))
        .isEqualTo("Cluster");
    // The static summary is checked on the start options (ClusterWorkflowSenderTest): the SDK's
    // in-process test server keeps no user metadata.

    OpenBaoCluster withStatus = kube.resource(created).get();
    withStatus.setStatus(new OpenBaoClusterStatus());
    withStatus.getStatus().setPhase("Running");
    kube.resource(withStatus).updateStatus();
    assertStays(id, 1);

    kube.resources(OpenBaoCluster.class)
        .inNamespace(WATCHED)
        .withName("one")
        .edit(
            cluster -> {
              cluster.getSpec().setReplicas(5);
              return cluster;
            });
    assertThat(awaitReceived(id, 2)).element(1).isEqualTo("spec " + uid + " 2 replicas=5 {}");
    assertStays(id, 2);
  }

  @Test
  void onlyForwardedAnnotationsAreSent() {
    KubernetesClient kube = lane.client("a");
    String uid = create(kube, WATCHED, "two", Map.of(), List.of()).getMetadata().getUid();
    String id = "obao_a_openbao_two";
    awaitReceived(id, 1);

    annotate(kube, "two", "example.com/note", "hello");
    assertStays(id, 1);

    annotate(kube, "two", "openbao.org/trigger-backup", "r1");
    assertThat(awaitReceived(id, 2))
        .element(1)
        .isEqualTo("spec " + uid + " 1 replicas=3 {openbao.org/trigger-backup=r1}");
    assertStays(id, 2);
  }

  @Test
  void deletionIsSentWhenMarkedAndAgainWhenGone() {
    KubernetesClient kube = lane.client("a");
    OpenBaoCluster created =
        create(kube, WATCHED, "three", Map.of(), List.of(OpenBaoCluster.FINALIZER));
    String uid = created.getMetadata().getUid();
    String id = "obao_a_openbao_three";
    awaitReceived(id, 1);

    kube.resource(created).delete();
    assertThat(awaitReceived(id, 2)).element(1).isEqualTo("deletion " + uid + " gone=false");

    kube.resources(OpenBaoCluster.class)
        .inNamespace(WATCHED)
        .withName("three")
        .edit(
            cluster -> {
              cluster.getMetadata().setFinalizers(List.of());
              return cluster;
            });
    assertThat(awaitReceived(id, 3)).element(2).isEqualTo("deletion " + uid + " gone=true");
    assertStays(id, 3);
  }

  @Test
  void aSpecEditOfAnOwnedStatefulSetIsDriftAndItsStatusIsNot() {
    KubernetesClient kube = lane.client("a");
    String uid = create(kube, WATCHED, "four", Map.of(), List.of()).getMetadata().getUid();
    String id = "obao_a_openbao_four";
    awaitReceived(id, 1);

    StatefulSet created = kube.resource(statefulSet("four", uid)).create();
    String hash = ManagedHash.of(SERIALIZATION.asJson(created));
    assertThat(awaitReceived(id, 2))
        .element(1)
        .isEqualTo("drift " + uid + " StatefulSet four " + hash);

    StatefulSet withStatus = kube.resource(created).get();
    withStatus.setStatus(
        new StatefulSetStatusBuilder().withReplicas(1).withReadyReplicas(1).build());
    kube.resource(withStatus).updateStatus();
    assertStays(id, 2);

    StatefulSet edited =
        kube.apps()
            .statefulSets()
            .inNamespace(WATCHED)
            .withName("four")
            .edit(sts -> new StatefulSetBuilder(sts).editSpec().withReplicas(2).endSpec().build());
    String editedHash = ManagedHash.of(SERIALIZATION.asJson(edited));
    assertThat(editedHash).isNotEqualTo(hash);
    assertThat(awaitReceived(id, 3))
        .element(2)
        .isEqualTo("drift " + uid + " StatefulSet four " + editedHash);
    assertStays(id, 3);

    Service service = kube.resource(service("four", uid)).create();
    assertThat(awaitReceived(id, 4))
        .element(3)
        .isEqualTo(
            "drift " + uid + " Service four-api " + ManagedHash.of(SERIALIZATION.asJson(service)));
    assertStays(id, 4);
  }

  @Test
  void theSameClusterNameInTwoKubernetesClustersReachesTwoWorkflows() {
    String uidA =
        create(lane.client("a"), WATCHED, "same", Map.of(), List.of()).getMetadata().getUid();
    String uidB =
        create(lane.client("b"), WATCHED, "same", Map.of(), List.of()).getMetadata().getUid();

    assertThat(awaitReceived("obao_a_openbao_same", 1))
        .containsExactly("spec " + uidA + " 1 replicas=3 {}");
    assertThat(awaitReceived("obao_b_openbao_same", 1))
        .containsExactly("spec " + uidB + " 1 replicas=3 {}");
    assertThat(
            temporal
                .newUntypedWorkflowStub("obao_b_openbao_same")
                .describe()
                .getTypedSearchAttributes()
                .get(BaoFlowSearchAttributes.CLUSTER))
        .isEqualTo("b/openbao/same");
    assertStays("obao_a_openbao_same", 1);
    assertStays("obao_b_openbao_same", 1);
  }

  @Test
  void whileTemporalIsUnreachableItBacksOffWarnsOnceAndLaterSendsTheNewestStateOnce()
      throws InterruptedException {
    SwitchableOutage outage = new SwitchableOutage();
    outage.down(true);
    WorkflowServiceStubs failingStubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder()
                .setChannel(lane.temporal().serviceStubs().getRawChannel())
                .setSystemInfoTimeout(Duration.ofMillis(200))
                .setGrpcClientInterceptors(List.of(outage))
                .setRpcRetryOptions(
                    RpcRetryOptions.newBuilder()
                        .setInitialInterval(Duration.ofMillis(20))
                        .setMaximumInterval(Duration.ofMillis(50))
                        .setExpiration(Duration.ofMillis(200))
                        .build())
                .build());
    WorkflowClient failing =
        WorkflowClient.newInstance(
            failingStubs,
            WorkflowClientOptions.newBuilder()
                .setNamespace(lane.temporal().namespace())
                .setDataConverter(BaoFlowDataConverter.get())
                .build());
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    Logger logger = (Logger) LoggerFactory.getLogger(SignalDispatcher.class);
    logger.addAppender(logs);
    try {
      ClusterWatcher watcher = watcher("a", "outage", "watcher-outage", "outage-1", failing);
      watcher.start();
      KubernetesClient kube = lane.client("a");
      String uid = create(kube, "outage", "five", Map.of(), List.of()).getMetadata().getUid();
      String id = "obao_a_outage_five";

      await("several failed sends", () -> watcher.metrics().failures() >= 3);
      kube.resources(OpenBaoCluster.class)
          .inNamespace("outage")
          .withName("five")
          .edit(
              cluster -> {
                cluster.getSpec().setReplicas(4);
                return cluster;
              });
      Thread.sleep(RESYNC.multipliedBy(4).toMillis());
      assertThat(received(id)).isEmpty();
      assertThat(watcher.pending()).isEqualTo(1);

      outage.down(false);
      assertThat(awaitReceived(id, 1)).containsExactly("spec " + uid + " 2 replicas=4 {}");
      assertStays(id, 1);
      List<ILoggingEvent> mine =
          logs.list.stream().filter(event -> event.getThreadName().endsWith("outage-1")).toList();
      assertThat(mine.stream().filter(event -> event.getLevel() == Level.WARN)).hasSize(1);
      assertThat(mine.stream().filter(event -> event.getLevel() == Level.INFO))
          .singleElement()
          .extracting(ILoggingEvent::getFormattedMessage)
          .asString()
          .contains("accepts signals again");
    } finally {
      logger.detachAppender(logs);
    }
  }

  @Test
  void onlyTheLeaseHolderSendsAndTheOtherTakesOverWhenItLeaves() {
    ClusterWatcher first = watcher("a", "elect", "watcher-elect", "elect-1", temporal);
    ClusterWatcher second = watcher("a", "elect", "watcher-elect", "elect-2", temporal);
    first.start();
    second.start();
    await("a leader", () -> first.leading() || second.leading());
    ClusterWatcher leader = first.leading() ? first : second;
    ClusterWatcher follower = leader == first ? second : first;
    KubernetesClient kube = lane.client("a");
    assertThat(
            kube.leases()
                .inNamespace(LEASE_NAMESPACE)
                .withName("watcher-elect")
                .get()
                .getSpec()
                .getHolderIdentity())
        .isEqualTo(leader == first ? "elect-1" : "elect-2");

    String uid = create(kube, "elect", "six", Map.of(), List.of()).getMetadata().getUid();
    String id = "obao_a_elect_six";
    assertThat(awaitReceived(id, 1)).containsExactly("spec " + uid + " 1 replicas=3 {}");
    assertStays(id, 1);
    assertThat(follower.leading()).isFalse();
    assertThat(follower.metrics().sends()).isZero();
    assertThat(follower.metrics().events()).isPositive();
    assertThat(leader.metrics().acknowledged()).isEqualTo(1);

    leader.close();
    await("the follower to lead", follower::leading);
    // The new leader never had this cluster acknowledged, so it sends it again; the workflow
    // ignores what it already saw.
    assertThat(awaitReceived(id, 2)).element(1).isEqualTo("spec " + uid + " 1 replicas=3 {}");
    kube.resources(OpenBaoCluster.class)
        .inNamespace("elect")
        .withName("six")
        .edit(
            cluster -> {
              cluster.getSpec().setReplicas(5);
              return cluster;
            });
    assertThat(awaitReceived(id, 3)).element(2).isEqualTo("spec " + uid + " 2 replicas=5 {}");
    assertStays(id, 3);
  }

  private static ClusterWatcher watcher(
      String cluster, String namespace, String lease, String identity, WorkflowClient client) {
    ClusterWatcher watcher =
        new ClusterWatcher(
            lane.client(cluster),
            client,
            new WatcherSettings(
                cluster, List.of(namespace), TASK_QUEUE, RESYNC, LEASE_NAMESPACE, lease, identity));
    watchers.add(watcher);
    return watcher;
  }

  private static OpenBaoCluster create(
      KubernetesClient kube,
      String namespace,
      String name,
      Map<String, String> annotations,
      List<String> finalizers) {
    OpenBaoCluster cluster;
    try {
      cluster =
          SERIALIZATION.unmarshal(
              Files.readString(Path.of("..", "deploy", "samples", "dev-lane.yaml")),
              OpenBaoCluster.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    cluster.getMetadata().setNamespace(namespace);
    cluster.getMetadata().setName(name);
    cluster.getMetadata().setAnnotations(annotations);
    cluster.getMetadata().setFinalizers(finalizers);
    return kube.resource(cluster).create();
  }

  private static void annotate(KubernetesClient kube, String name, String key, String value) {
    kube.resources(OpenBaoCluster.class)
        .inNamespace(WATCHED)
        .withName(name)
        .edit(
            cluster -> {
              cluster.getMetadata().getAnnotations().put(key, value);
              return cluster;
            });
  }

  private static StatefulSet statefulSet(String cluster, String ownerUid) {
    Map<String, String> labels = Map.of(ClusterEventFilter.CLUSTER_LABEL, cluster);
    return new StatefulSetBuilder()
        .withNewMetadata()
        .withNamespace(WATCHED)
        .withName(cluster)
        .withLabels(labels)
        .addNewOwnerReference()
        .withApiVersion("openbao.org/v1alpha1")
        .withKind("OpenBaoCluster")
        .withName(cluster)
        .withUid(ownerUid)
        .withController(true)
        .endOwnerReference()
        .endMetadata()
        .withNewSpec()
        .withReplicas(3)
        .withServiceName(cluster)
        .withNewSelector()
        .withMatchLabels(labels)
        .endSelector()
        .withNewTemplate()
        .withNewMetadata()
        .withLabels(labels)
        .endMetadata()
        .withNewSpec()
        .addNewContainer()
        .withName("openbao")
        .withImage("openbao/openbao:2.4.4")
        .endContainer()
        .endSpec()
        .endTemplate()
        .endSpec()
        .build();
  }

  private static Service service(String cluster, String ownerUid) {
    return new ServiceBuilder()
        .withNewMetadata()
        .withNamespace(WATCHED)
        .withName(cluster + "-api")
        .withLabels(Map.of(ClusterEventFilter.CLUSTER_LABEL, cluster))
        .addNewOwnerReference()
        .withApiVersion("openbao.org/v1alpha1")
        .withKind("OpenBaoCluster")
        .withName(cluster)
        .withUid(ownerUid)
        .withController(true)
        .endOwnerReference()
        .endMetadata()
        .withNewSpec()
        .withSelector(Map.of(ClusterEventFilter.CLUSTER_LABEL, cluster))
        .addNewPort()
        .withName("api")
        .withPort(8200)
        .endPort()
        .endSpec()
        .build();
  }

  private static List<String> received(String workflowId) {
    try {
      return Arrays.asList(
          temporal
              .newUntypedWorkflowStub(workflowId)
              .query(RecordingClusterWorkflow.RECEIVED, String[].class));
    } catch (WorkflowException e) {
      return List.of();
    }
  }

  private static List<String> awaitReceived(String workflowId, int count) {
    await(
        workflowId + " to receive " + count + " signal(s)",
        () -> received(workflowId).size() >= count);
    return received(workflowId);
  }

  /** Several resyncs later, the workflow still has exactly {@code count} signals. */
  private static void assertStays(String workflowId, int count) {
    try {
      Thread.sleep(RESYNC.multipliedBy(5).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    assertThat(received(workflowId)).hasSize(count);
  }

  private static void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
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
