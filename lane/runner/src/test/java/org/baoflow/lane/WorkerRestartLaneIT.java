package org.baoflow.lane;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.baoflow.api.v1alpha1.OpenBaoCluster;
import org.baoflow.lane.sim.harness.Lane;
import org.baoflow.lane.sim.harness.SimulatedOpenBao;
import org.baoflow.worker.TaskHandling;
import org.baoflow.workflows.BaoFlowDataConverter;
import org.baoflow.workflows.ids.ClusterWorkflowIds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The worker is killed at every activity boundary of the Bootstrap workflow and a new one takes
 * over: the bootstrap completes with the same end state, and generated material never changes.
 *
 * <p>Each boundary is its own case on its own OpenBao cluster. A kill stops every task of the
 * worker it hits, so the cases cannot share a worker; to keep the suite short they run {@value
 * #SLOTS} at a time, each on a lane Kubernetes cluster of its own with its own BaoFlow (worker,
 * watcher, task queue), all started when the class starts. A case then reports its own outcome.
 *
 * <p>A boundary is where the worker is killed once the k-th activity's work is done: either after
 * Temporal recorded its completion (every boundary; the next task goes to the new worker, which
 * replays the history) or before (the unseal key case; Temporal retries the activity on the new
 * worker after its timeout, and the retry must keep the key it finds).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(300)
class WorkerRestartLaneIT {
  private static final String NAMESPACE = "restart";
  private static final int REPLICAS = 3;
  private static final int SLOTS = 3;
  private static final Duration CASE_TIMEOUT = Duration.ofSeconds(280);

  /** The bootstrap's activities, in order, for {@link #REPLICAS} replicas of the sample. */
  private static final List<String> BOOTSTRAP_ACTIVITIES =
      List.of(
          "WriteStatus",
          "EnsureTls",
          "EnsureUnsealKey",
          "EnsureDemoPassword",
          "WriteStatus",
          "Apply",
          "Apply",
          "Apply",
          "Apply",
          "AwaitPods",
          "WriteStatus",
          "AwaitActive",
          "WriteStatus",
          "RecordEvent",
          "WriteStatus",
          "VerifyOperatorLogin",
          "WriteStatus",
          "Apply",
          "Apply",
          "AwaitPods",
          "AwaitVoters",
          "WriteStatus",
          "StepDown",
          "DeletePod",
          "AwaitPods",
          "AwaitVoters",
          "AwaitVoters",
          "ConfigureAutopilot",
          "VerifyDemoLogin",
          "WriteStatus",
          "RecordEvent");

  /** A lane Kubernetes cluster with its own BaoFlow, used by one case at a time. */
  private record Slot(
      String laneCluster,
      LaneBaoFlow baoflow,
      ActivityBoundaryStop boundaries,
      OperatedClusters clusters) {}

  private static Lane lane;
  private static WorkflowClient client;
  private static final List<Slot> started = new ArrayList<>();
  private static final BlockingQueue<Slot> free = new LinkedBlockingQueue<>();
  private static ExecutorService runner;
  private static CompletableFuture<List<String>> plain;
  private static CompletableFuture<Void> unsealKeyLost;
  private static final Map<Integer, CompletableFuture<Void>> afterActivity = new HashMap<>();

  @BeforeAll
  static void startLaneAndEveryCase() {
    long start = System.nanoTime();
    String[] names =
        IntStream.rangeClosed(1, SLOTS).mapToObj(i -> "k8s-" + i).toArray(String[]::new);
    lane =
        Lane.builder()
            .clusters(names)
            .realTimeTemporal()
            .openBao(SimulatedOpenBao.launchers())
            .start();
    client =
        WorkflowClient.newInstance(
            lane.temporal().serviceStubs(),
            WorkflowClientOptions.newBuilder()
                .setNamespace(lane.temporal().namespace())
                .setDataConverter(BaoFlowDataConverter.get())
                .build());
    for (String name : names) {
      ActivityBoundaryStop boundaries = new ActivityBoundaryStop();
      Slot slot =
          new Slot(
              name,
              LaneBaoFlow.start(lane, name, new TaskHandling(List.of(boundaries), false)),
              boundaries,
              new OperatedClusters(lane.client(name)));
      started.add(slot);
      free.add(slot);
    }
    System.out.printf(
        "[restart] lane with %d clusters started in %d ms%n",
        SLOTS, (System.nanoTime() - start) / 1_000_000);
    runner = Executors.newFixedThreadPool(SLOTS);
    plain = inSlot("plain", WorkerRestartLaneIT::bootstrapWithoutRestart);
    unsealKeyLost =
        inSlot(
            "unseal-key-lost",
            (slot, name) -> {
              killedBeforeCompletionRecorded(
                  slot, name, BOOTSTRAP_ACTIVITIES.indexOf("EnsureUnsealKey") + 1);
              return null;
            });
    for (int k = 1; k <= BOOTSTRAP_ACTIVITIES.size(); k++) {
      int boundary = k;
      afterActivity.put(
          k,
          inSlot(
              "after-" + k,
              (slot, name) -> {
                killedAfterCompletionRecorded(slot, name, boundary);
                return null;
              }));
    }
  }

  @AfterAll
  static void stopLane() {
    if (runner != null) {
      runner.shutdownNow();
    }
    for (Slot slot : started) {
      slot.baoflow().close();
    }
    if (lane != null) {
      lane.close();
    }
  }

  @Test
  @Order(1)
  void withoutARestartTheBootstrapRunsTheListedActivities() {
    assertThat(outcome(plain)).isEqualTo(BOOTSTRAP_ACTIVITIES);
  }

  @Test
  @Order(2)
  void theUnsealKeyStaysWhenTheWorkerDiesRightAfterCreatingItUnreported() {
    outcome(unsealKeyLost);
  }

  static Stream<Arguments> boundaries() {
    return IntStream.rangeClosed(1, BOOTSTRAP_ACTIVITIES.size())
        .mapToObj(k -> Arguments.of(k, BOOTSTRAP_ACTIVITIES.get(k - 1)));
  }

  @ParameterizedTest(name = "after activity {0}, {1}")
  @MethodSource("boundaries")
  @Order(3)
  void killedAfterAnActivityCompletedTheNextWorkerCompletesTheBootstrap(int k, String activity) {
    outcome(afterActivity.get(k));
  }

  private static List<String> bootstrapWithoutRestart(Slot slot, String name) {
    try (SecretVersions secrets = SecretVersions.watch(slot, name)) {
      create(slot, name);
      assertEndState(slot, name, secrets);
    }
    return history(bootstrapId(slot, name)).types();
  }

  /** Kills the worker once Temporal recorded the k-th activity's completion. */
  private static void killedAfterCompletionRecorded(Slot slot, String name, int k) {
    try (SecretVersions secrets = SecretVersions.watch(slot, name)) {
      ActivityBoundaryStop.Boundary boundary = reachBoundary(slot, name, k);
      slot.baoflow().killWorker();
      // What the killed worker would have reported had it lived a moment longer.
      client.newActivityCompletionClient().complete(boundary.taskToken(), boundary.result());
      slot.baoflow().startWorker();
      assertEndState(slot, name, secrets);
    }
    Run run = history(bootstrapId(slot, name));
    Run cluster = history(new ClusterWorkflowIds(slot.laneCluster(), NAMESPACE, name).cluster());
    System.out.printf(
        "[restart] %s: bootstrap activities retried %s; cluster workflow: activities retried %s,"
            + " workflow tasks timed out %d%n",
        name, run.retried(), cluster.retried(), cluster.workflowTaskTimeouts());
    assertThat(run.types()).isEqualTo(BOOTSTRAP_ACTIVITIES);
    // A task the killed worker held (a poll in flight) would be lost until its timeout.
    assertThat(run.workflowTaskTimeouts()).as("workflow tasks timed out").isZero();
    if (k < run.activities().size()) {
      assertThat(run.activities().get(k).attempt()).as("attempt of the next activity").isEqualTo(1);
    }
  }

  /**
   * Kills the worker after the k-th activity's work but before Temporal learnt of it; Temporal
   * retries the activity on the new worker after its timeout.
   */
  private static void killedBeforeCompletionRecorded(Slot slot, String name, int k) {
    try (SecretVersions secrets = SecretVersions.watch(slot, name)) {
      reachBoundary(slot, name, k);
      slot.baoflow().killWorker();
      slot.baoflow().startWorker();
      assertEndState(slot, name, secrets);
    }
    Run run = history(bootstrapId(slot, name));
    assertThat(run.types()).isEqualTo(BOOTSTRAP_ACTIVITIES);
    assertThat(run.activities().get(k - 1).attempt())
        .as("the activity ran again on the new worker")
        .isEqualTo(2);
  }

  private static ActivityBoundaryStop.Boundary reachBoundary(Slot slot, String name, int k) {
    slot.boundaries().arm(bootstrapId(slot, name), k);
    create(slot, name);
    ActivityBoundaryStop.Boundary boundary = slot.boundaries().awaitFired(OperatedClusters.WAIT);
    assertThat(boundary.activityType())
        .as("activity " + k)
        .isEqualTo(BOOTSTRAP_ACTIVITIES.get(k - 1));
    return boundary;
  }

  /**
   * Runs {@code run} on cluster {@code name} in the next free slot, then deletes the cluster (so
   * the slot's load stays that of one cluster) and frees the slot.
   */
  private static <T> CompletableFuture<T> inSlot(String name, SlotRun<T> run) {
    return CompletableFuture.supplyAsync(
        () -> {
          Slot slot = take();
          long start = System.nanoTime();
          try {
            T result = run.run(slot, name);
            System.out.printf(
                "[restart] %s on %s: %d ms%n",
                name, slot.laneCluster(), (System.nanoTime() - start) / 1_000_000);
            return result;
          } finally {
            release(slot, name);
          }
        },
        runner);
  }

  @FunctionalInterface
  private interface SlotRun<T> {
    T run(Slot slot, String name);
  }

  private static Slot take() {
    try {
      return free.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private static void release(Slot slot, String name) {
    try {
      if (!slot.baoflow().worker().readiness().ready()) {
        slot.baoflow().killWorker();
        slot.baoflow().startWorker();
      }
      slot.clusters()
          .kube()
          .resources(OpenBaoCluster.class)
          .inNamespace(NAMESPACE)
          .withName(name)
          .delete();
      slot.clusters().awaitGone(NAMESPACE, name);
    } finally {
      free.add(slot);
    }
  }

  private static <T> T outcome(CompletableFuture<T> run) {
    try {
      return run.get(CASE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof AssertionError failure) {
        throw failure;
      }
      throw new AssertionError(e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("the case did not end within " + CASE_TIMEOUT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private static void create(Slot slot, String name) {
    OpenBaoCluster cluster = OperatedClusters.load(OperatedClusters.DEV_SAMPLE, name);
    cluster.getMetadata().setNamespace(NAMESPACE);
    cluster.getSpec().setReplicas(REPLICAS);
    slot.clusters().create(cluster);
  }

  private static String bootstrapId(Slot slot, String name) {
    return new ClusterWorkflowIds(slot.laneCluster(), NAMESPACE, name).bootstrap();
  }

  /**
   * Running with every replica ready, the bootstrap workflow completed, one version ever of the
   * unseal key and CA Secrets, and no root-token Secret (self-init revokes the root token).
   */
  private static void assertEndState(Slot slot, String name, SecretVersions secrets) {
    OperatedClusters clusters = slot.clusters();
    clusters.awaitStatus(NAMESPACE, name, "Running", OperatedClusters.running(REPLICAS, 1));
    // Running is reported by the bootstrap's last activity, a moment before the workflow returns.
    assertThat(awaitClosed(bootstrapId(slot, name)))
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED);
    assertThat(clusters.pods(NAMESPACE, name)).hasSize(REPLICAS);
    for (String secret : List.of(name + "-unseal-key", name + "-tls-ca")) {
      Secret now = clusters.kube().secrets().inNamespace(NAMESPACE).withName(secret).get();
      assertThat(secrets.versions(secret))
          .as("versions of " + secret)
          .containsExactly(now.getData());
    }
    assertThat(
            clusters.kube().secrets().inNamespace(NAMESPACE).withName(name + "-root-token").get())
        .isNull();
  }

  private static WorkflowExecutionStatus awaitClosed(String workflowId) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    WorkflowExecutionStatus status = describe(workflowId);
    while (status == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING
        && System.nanoTime() < deadline) {
      OperatedClusters.sleep(50);
      status = describe(workflowId);
    }
    return status;
  }

  private static WorkflowExecutionStatus describe(String workflowId) {
    return client.newUntypedWorkflowStub(workflowId).describe().getStatus();
  }

  /** An activity of a workflow's history that completed, and on which attempt. */
  private record Completed(String type, int attempt) {}

  /** The workflow's completed activities in order, and how many of its workflow tasks timed out. */
  private record Run(List<Completed> activities, int workflowTaskTimeouts) {
    List<String> types() {
      return activities.stream().map(Completed::type).toList();
    }

    List<Completed> retried() {
      return activities.stream().filter(activity -> activity.attempt() > 1).toList();
    }
  }

  private static Run history(String workflowId) {
    Map<Long, String> scheduled = new HashMap<>();
    Map<Long, Integer> attempts = new HashMap<>();
    List<Completed> completed = new ArrayList<>();
    int workflowTaskTimeouts = 0;
    for (HistoryEvent event : client.fetchHistory(workflowId).getEvents()) {
      switch (event.getEventType()) {
        case EVENT_TYPE_ACTIVITY_TASK_SCHEDULED ->
            scheduled.put(
                event.getEventId(),
                event.getActivityTaskScheduledEventAttributes().getActivityType().getName());
        case EVENT_TYPE_ACTIVITY_TASK_STARTED ->
            attempts.put(
                event.getEventId(), event.getActivityTaskStartedEventAttributes().getAttempt());
        case EVENT_TYPE_ACTIVITY_TASK_COMPLETED -> {
          var attributes = event.getActivityTaskCompletedEventAttributes();
          completed.add(
              new Completed(
                  scheduled.get(attributes.getScheduledEventId()),
                  attempts.get(attributes.getStartedEventId())));
        }
        case EVENT_TYPE_WORKFLOW_TASK_TIMED_OUT -> workflowTaskTimeouts++;
        default -> {}
      }
    }
    return new Run(completed, workflowTaskTimeouts);
  }

  /** Every distinct data a cluster's Secrets had, from a watch started before the cluster. */
  private static final class SecretVersions implements AutoCloseable {
    private final Map<String, Set<Map<String, String>>> versions = new HashMap<>();
    private final Watch watch;

    private SecretVersions(Slot slot, String cluster) {
      watch =
          slot.clusters()
              .kube()
              .secrets()
              .inNamespace(NAMESPACE)
              .watch(
                  new Watcher<>() {
                    @Override
                    public void eventReceived(Action action, Secret secret) {
                      if (secret.getMetadata().getName().startsWith(cluster + "-")
                          && secret.getData() != null) {
                        record(secret);
                      }
                    }

                    @Override
                    public void onClose(WatcherException cause) {}
                  });
    }

    static SecretVersions watch(Slot slot, String cluster) {
      return new SecretVersions(slot, cluster);
    }

    private synchronized void record(Secret secret) {
      versions
          .computeIfAbsent(secret.getMetadata().getName(), n -> new LinkedHashSet<>())
          .add(Map.copyOf(secret.getData()));
    }

    synchronized List<Map<String, String>> versions(String secret) {
      return List.copyOf(versions.getOrDefault(secret, Set.of()));
    }

    @Override
    public void close() {
      watch.close();
    }
  }
}
