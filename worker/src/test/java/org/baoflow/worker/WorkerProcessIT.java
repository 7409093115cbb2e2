package org.baoflow.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.codahale.metrics.MetricRegistry;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.common.SearchAttributes;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.baoflow.watcher.temporal.TemporalConnection;
import org.baoflow.workflows.visibility.BaoFlowSearchAttributes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkerProcessIT {
  private static final String QUEUE = "baoflow-test";

  private final PortBoundTemporal temporal = new PortBoundTemporal();

  @AfterEach
  void close() {
    temporal.close();
  }

  private WorkerProcess process() {
    return process(TaskHandling.defaults());
  }

  private WorkerProcess process(TaskHandling taskHandling) {
    WorkerConfig config =
        new WorkerConfig(
            TemporalConnection.plain(temporal.address(), "default"),
            QUEUE,
            0,
            Duration.ofSeconds(5));
    return WorkerProcess.create(
        config, EchoWorkflow.components(), taskHandling, new MetricRegistry());
  }

  private EchoWorkflow echo(String workflowId) {
    return temporal
        .client()
        .newWorkflowStub(
            EchoWorkflow.class,
            WorkflowOptions.newBuilder().setTaskQueue(QUEUE).setWorkflowId(workflowId).build());
  }

  @Test
  void servesProbesAndMetricsAndRunsWorkflows() {
    WorkerProcess process = process();
    try {
      int port = process.httpPort();
      assertThat(HttpProbe.get(port, "/healthz").statusCode()).isEqualTo(200);
      assertThat(HttpProbe.get(port, "/readyz").statusCode()).isEqualTo(503);
      assertThat(HttpProbe.get(port, "/readyz").body()).isEqualTo("not started\n");

      process.start();

      assertThat(HttpProbe.get(port, "/readyz").statusCode()).isEqualTo(200);
      assertThat(echo("echo-1").echo("hello")).isEqualTo("HELLO");
      // The SDK reports into the registry every second.
      awaitTrue(
          () -> HttpProbe.get(port, "/metrics").body().contains("temporal_workflow_completed"),
          "SDK metrics on /metrics");
      String metrics = HttpProbe.get(port, "/metrics").body();
      assertThat(metrics)
          .contains("# TYPE temporal_request counter")
          .containsPattern(
              "temporal_request\\{[^}]*operation=\"StartWorkflowExecution\"|"
                  + "temporal_request\\{[^}]*operation=\"RespondWorkflowTaskCompleted\"")
          .contains("# TYPE temporal_request_latency_seconds summary")
          .contains("baoflow_worker_ready 1\n")
          .contains("baoflow_worker_info{namespace=\"default\",task_queue=\"baoflow-test\"} 1\n");

      process.close();

      assertThat(process.readiness()).isEqualTo(Readiness.notReady("shutting down"));
      assertThatThrownBy(() -> HttpProbe.get(port, "/healthz"))
          .isInstanceOf(UncheckedIOException.class);
    } finally {
      process.close();
    }
  }

  @Test
  void registersTheMissingSearchAttributesOnce() {
    try (WorkerProcess first = process();
        WorkerProcess second = process()) {
      first.start();
      second.start();

      assertThat(first.registeredSearchAttributes())
          .containsExactlyInAnyOrderElementsOf(BaoFlowSearchAttributes.all().keySet());
      assertThat(second.registeredSearchAttributes()).isEmpty();

      WorkflowStub stub =
          temporal
              .client()
              .newUntypedWorkflowStub(
                  "EchoWorkflow",
                  WorkflowOptions.newBuilder()
                      .setTaskQueue(QUEUE)
                      .setWorkflowId("echo-attributes")
                      .setTypedSearchAttributes(
                          SearchAttributes.newBuilder()
                              .set(BaoFlowSearchAttributes.CLUSTER, "local/openbao/dev")
                              .set(BaoFlowSearchAttributes.PHASE, "Running")
                              .build())
                      .build());
      stub.start("x");
      assertThat(stub.getResult(String.class)).isEqualTo("X");
      SearchAttributes shown = stub.describe().getTypedSearchAttributes();
      assertThat(shown.get(BaoFlowSearchAttributes.CLUSTER)).isEqualTo("local/openbao/dev");
      assertThat(shown.get(BaoFlowSearchAttributes.PHASE)).isEqualTo("Running");
    }
  }

  @Test
  void afterCloseItPicksUpNoWork() {
    WorkerProcess process = process();
    try {
      process.start();
      assertThat(echo("before-close").echo("a")).isEqualTo("A");
      process.close();

      WorkflowClient.start(echo("after-close")::echo, "b");
      sleep(Duration.ofSeconds(2));

      WorkflowStub stub = temporal.client().newUntypedWorkflowStub("after-close");
      assertThat(stub.describe().getStatus())
          .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING);
      assertThat(
              temporal.client().fetchHistory("after-close").getEvents().stream()
                  .map(event -> event.getEventType()))
          .doesNotContain(EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED);
    } finally {
      process.close();
    }
    // The task was waiting for a worker, not lost: the next one runs it.
    try (WorkerProcess next = process()) {
      next.start();
      assertThat(temporal.client().newUntypedWorkflowStub("after-close").getResult(String.class))
          .isEqualTo("B");
    }
  }

  @Test
  void afterAKillItServesNothingAndTheNextWorkerGetsTheNextTask() throws Exception {
    TaskHandling notSticky = new TaskHandling(List.of(), false);
    WorkerProcess killed = process(notSticky);
    int port = killed.httpPort();
    killed.start();
    assertThat(echo("before-kill").echo("a")).isEqualTo("A");

    killed.kill();

    assertThat(killed.readiness()).isEqualTo(Readiness.notReady("shutting down"));
    assertThatThrownBy(() -> HttpProbe.get(port, "/healthz"))
        .isInstanceOf(UncheckedIOException.class);
    try (WorkerProcess next = process(notSticky)) {
      next.start();
      WorkflowClient.start(echo("after-kill")::echo, "b");
      // A task handed to a poll of the killed worker would wait for its 10 s timeout.
      assertThat(
              temporal
                  .client()
                  .newUntypedWorkflowStub("after-kill")
                  .getResult(5, TimeUnit.SECONDS, String.class))
          .isEqualTo("B");
    }
  }

  @Test
  void startsOnlyOnce() {
    try (WorkerProcess process = process()) {
      process.start();

      assertThatThrownBy(process::start)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("once");
      assertThat(process.readiness().ready()).isTrue();
      assertThat(process.registeredSearchAttributes()).isNotEmpty();
      assertThat(Set.copyOf(process.registeredSearchAttributes()))
          .isSubsetOf(BaoFlowSearchAttributes.all().keySet());
    }
  }

  private static void awaitTrue(BooleanSupplier condition, String what) {
    Instant deadline = Instant.now().plusSeconds(15);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("timed out waiting for " + what);
      }
      sleep(Duration.ofMillis(200));
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
