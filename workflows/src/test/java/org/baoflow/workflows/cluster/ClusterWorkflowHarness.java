package org.baoflow.workflows.cluster;

import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.BatchRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.common.SearchAttributes;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;
import org.baoflow.workflows.BaoFlowDataConverter;
import org.baoflow.workflows.model.ClusterRef;
import org.baoflow.workflows.visibility.BaoFlowSearchAttributes;

/**
 * A time-skipping Temporal test environment running the cluster workflow with fake activities and
 * {@link TestChildren}, plus the watcher's side: signal-with-start and signals.
 */
final class ClusterWorkflowHarness implements AutoCloseable {
  static final String TASK_QUEUE = "baoflow";
  static final String UID = "9f1c2d3e-0000-4000-8000-000000000001";
  static final ClusterRef REF = new ClusterRef("local", "openbao", "dev", UID);
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  /**
   * The first workflow task in a JVM loads many classes, which on a busy 2-core machine takes
   * longer than the SDK's 1 s deadlock detection; the tests are about behaviour, not that limit.
   */
  static final WorkerOptions WORKER_OPTIONS =
      WorkerOptions.newBuilder().setDefaultDeadlockDetectionTimeout(30_000).build();

  final TestWorkflowEnvironment env;
  final WorkflowClient client;
  final FakeStatusActivities status = new FakeStatusActivities();

  ClusterWorkflowHarness() {
    TestChildren.reset();
    env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder()
                .setWorkflowClientOptions(
                    WorkflowClientOptions.newBuilder()
                        .setDataConverter(BaoFlowDataConverter.get())
                        .build())
                .setInitialTime(START)
                .build());
    BaoFlowSearchAttributes.all().forEach(env::registerSearchAttribute);
    Worker worker = env.newWorker(TASK_QUEUE, WORKER_OPTIONS);
    worker.registerWorkflowImplementationTypes(
        ClusterWorkflowImpl.class,
        TestChildren.Bootstrap.class,
        TestChildren.Converge.class,
        TestChildren.Delete.class,
        TestChildren.Backup.class);
    worker.registerActivitiesImplementations(status, new FakeValidationActivities());
    env.start();
    client = env.getWorkflowClient();
  }

  static OpenBaoClusterSpec spec(int replicas) {
    OpenBaoClusterSpec spec = new OpenBaoClusterSpec();
    spec.setReplicas(replicas);
    spec.setVersion("2.4.4");
    return spec;
  }

  static SpecObserved observed(long generation, OpenBaoClusterSpec spec) {
    return new SpecObserved(UID, generation, spec, Map.of());
  }

  /** What the watcher does for a new resource: signal-with-start with the first spec. */
  WorkflowExecution start(int continueAsNewAfterEvents, SpecObserved first) {
    ClusterWorkflow workflow =
        client.newWorkflowStub(
            ClusterWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(REF.ids().cluster())
                .setTaskQueue(TASK_QUEUE)
                .setTypedSearchAttributes(
                    SearchAttributes.newBuilder()
                        .set(BaoFlowSearchAttributes.CLUSTER, REF.ids().searchAttribute())
                        .set(BaoFlowSearchAttributes.OPERATION, "Cluster")
                        .build())
                .setStaticSummary("Cluster openbao/dev")
                .build());
    BatchRequest request = client.newSignalWithStartRequest();
    request.add(workflow::run, new ClusterWorkflowInput(REF, continueAsNewAfterEvents, null));
    request.add(workflow::specObserved, first);
    return client.signalWithStart(request);
  }

  /** The cluster workflow's current run. */
  ClusterWorkflow workflow() {
    return client.newWorkflowStub(ClusterWorkflow.class, REF.ids().cluster());
  }

  ClusterState state() {
    return workflow().state();
  }

  /** Polls the state query until {@code condition} holds; fails after 20 s. */
  ClusterState awaitState(String what, Predicate<ClusterState> condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    ClusterState state = null;
    while (System.nanoTime() < deadline) {
      try {
        state = state();
        if (condition.test(state)) {
          return state;
        }
      } catch (RuntimeException notYet) {
        // A query between runs of continue-as-new may fail; the next poll sees the new run.
        state = null;
      }
      sleep(20);
    }
    throw new AssertionError("timed out waiting for " + what + "; last state " + state);
  }

  /** Polls until {@code count} children have started; fails after 20 s. */
  void awaitChildren(int count) {
    await(
        count + " children, got " + TestChildren.startedIds(),
        () -> TestChildren.started().size() >= count);
  }

  /** Polls until {@code condition} holds; fails after 20 s. */
  void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      sleep(20);
    }
  }

  ClusterState awaitIdle() {
    return awaitState(
        "idle", state -> state.operation() == null && state.waitingFor().startsWith("Idle"));
  }

  void release(String childWorkflowId) {
    client.newWorkflowStub(TestChildren.Releasable.class, childWorkflowId).release();
  }

  WorkflowExecutionDescription describe(String workflowId) {
    return client.newUntypedWorkflowStub(workflowId).describe();
  }

  /**
   * The outcome, once the workflow has closed. It waits by polling first: {@code getResult} unlocks
   * time skipping, and the test server then skips to the run timeout while a child's cancellation
   * is still on its way.
   */
  ClusterOutcome result() {
    await(
        "the cluster workflow to close",
        () ->
            describe(REF.ids().cluster()).getWorkflowExecutionInfo().getStatus()
                != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING);
    return client.newUntypedWorkflowStub(REF.ids().cluster()).getResult(ClusterOutcome.class);
  }

  WorkflowStub untyped() {
    return client.newUntypedWorkflowStub(REF.ids().cluster());
  }

  WorkflowExecutionHistory history() {
    return client.fetchHistory(REF.ids().cluster());
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  @Override
  public void close() {
    env.close();
  }
}
