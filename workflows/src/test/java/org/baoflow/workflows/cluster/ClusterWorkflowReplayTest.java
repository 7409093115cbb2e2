package org.baoflow.workflows.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.temporal.api.enums.v1.EventType;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.worker.Worker;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.baoflow.workflows.BaoFlowDataConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays the committed cluster workflow histories with today's code (decision 0008): a failure
 * means a change to the command sequence that needs {@code Workflow.getVersion}.
 */
class ClusterWorkflowReplayTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "cluster-idle-after-bootstrap",
        "cluster-mid-bootstrap",
        "cluster-after-continue-as-new",
        "cluster-with-backups"
      })
  void committedHistoryReplays(String name) throws Exception {
    String json;
    if (ClusterWorkflowHistories.updateRequested()) {
      json = ClusterWorkflowHistories.record(name);
      ClusterWorkflowHistories.write(name, json);
    } else {
      json = resource(name);
    }
    WorkflowExecutionHistory history =
        WorkflowExecutionHistory.fromJson(json, ClusterWorkflowHistories.CLUSTER_ID);

    assertThat(history.getEvents()).hasSizeGreaterThan(10);
    replay(history);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "cluster-idle-after-bootstrap",
        "cluster-mid-bootstrap",
        "cluster-after-continue-as-new",
        "cluster-with-backups"
      })
  void freshlyRecordedHistoryReplays(String name) {
    String json = ClusterWorkflowHistories.record(name);
    WorkflowExecutionHistory history =
        WorkflowExecutionHistory.fromJson(json, ClusterWorkflowHistories.CLUSTER_ID);

    assertThatCode(() -> replay(history)).doesNotThrowAnyException();
  }

  @Test
  void theContinueAsNewHistoryStartsFromCarriedMemory() throws IOException {
    WorkflowExecutionHistory history =
        WorkflowExecutionHistory.fromJson(
            resource("cluster-after-continue-as-new"), ClusterWorkflowHistories.CLUSTER_ID);

    assertThat(
            history
                .getEvents()
                .get(0)
                .getWorkflowExecutionStartedEventAttributes()
                .getContinuedExecutionRunId())
        .isNotEmpty();
    assertThat(history.getEvents())
        .anyMatch(
            e -> e.getEventType() == EventType.EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_INITIATED);
  }

  /**
   * Replays with a worker of the workers' data converter and the harness's deadlock timeout (the
   * first replay in a JVM loads many classes).
   */
  private static void replay(WorkflowExecutionHistory history) throws Exception {
    try (TestWorkflowEnvironment env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder()
                .setWorkflowClientOptions(
                    WorkflowClientOptions.newBuilder()
                        .setDataConverter(BaoFlowDataConverter.get())
                        .build())
                .build())) {
      Worker worker = env.newWorker("replay", ClusterWorkflowHarness.WORKER_OPTIONS);
      worker.registerWorkflowImplementationTypes(ClusterWorkflowImpl.class);
      WorkflowReplayer.replayWorkflowExecution(history, worker);
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in =
        ClusterWorkflowReplayTest.class.getResourceAsStream("/histories/" + name + ".json")) {
      if (in == null) {
        throw new IOException(
            "histories/" + name + ".json is missing; record it with -Dhistories.update=true");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
