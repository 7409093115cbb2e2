package org.baoflow.lane.sim.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.common.SearchAttributeKey;
import io.temporal.common.SearchAttributes;
import io.temporal.worker.WorkerFactory;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class LaneTemporalTest {

  private static final String TASK_QUEUE = "lane-temporal-test";
  private static final SearchAttributeKey<String> CLUSTER =
      SearchAttributeKey.forKeyword(LaneSearchAttributes.CLUSTER);
  private static final SearchAttributeKey<String> OPERATION =
      SearchAttributeKey.forKeyword(LaneSearchAttributes.OPERATION);

  /** A workflow that only sleeps: a day-long nap finishing fast proves time is skipped. */
  @WorkflowInterface
  public interface Nap {
    @WorkflowMethod
    String nap(int hours);
  }

  /** Sleeps the given hours of workflow time and reports how much workflow time passed. */
  public static class NapImpl implements Nap {
    @Override
    public String nap(int hours) {
      long before = Workflow.currentTimeMillis();
      if (hours > 0) {
        Workflow.sleep(Duration.ofHours(hours));
      }
      return Duration.ofMillis(Workflow.currentTimeMillis() - before).toHours() + "h";
    }
  }

  @Test
  void inProcessServerSkipsADayLongSleepAndHasTheSearchAttributes() {
    long started = System.nanoTime();
    try (LaneTemporal temporal = LaneTemporal.inProcessTimeSkipping()) {
      printMillis("Temporal in-process test server (TestWorkflowEnvironment) start", started);
      assertThat(temporal.mode()).isEqualTo(TemporalMode.IN_PROCESS_TIME_SKIPPING);
      assertThat(temporal.address()).isEmpty();
      assertThat(temporal.registeredSearchAttributes())
          .containsExactlyInAnyOrderElementsOf(LaneSearchAttributes.NAMES);
      startWorker(temporal);

      WorkflowStub workflow = startNap(temporal.workflowClient(), "bao/in-process", 24);
      long waited = System.nanoTime();
      assertThat(workflow.getResult(String.class)).isEqualTo("24h");
      printMillis("in-process: a 1-day Workflow.sleep completed after", waited);
      assertSearchAttributesReadBack(workflow, "bao/in-process");
    }
  }

  @Test
  void portBoundServerRunsInRealTimeUntilUnlocked() throws Exception {
    long started = System.nanoTime();
    try (LaneTemporal temporal = LaneTemporal.portBoundTestServer()) {
      printMillis(
          "Temporal port-bound test server start (incl. connect, search attributes)", started);
      assertThat(temporal.mode()).isEqualTo(TemporalMode.PORT_BOUND_TEST_SERVER);
      assertThat(temporal.address())
          .hasValueSatisfying(a -> assertThat(a).startsWith("127.0.0.1:"));
      assertThat(temporal.registeredSearchAttributes())
          .containsExactlyInAnyOrderElementsOf(LaneSearchAttributes.NAMES);
      startWorker(temporal);

      WorkflowStub workflow = startNap(temporal.workflowClient(), "bao/port-bound", 24);
      assertThatThrownBy(() -> workflow.getResult(1, TimeUnit.SECONDS, String.class))
          .isInstanceOf(TimeoutException.class);

      temporal.unlockTimeSkipping();
      long waited = System.nanoTime();
      assertThat(workflow.getResult(30, TimeUnit.SECONDS, String.class)).isEqualTo("24h");
      printMillis("port-bound: after unlock the 1-day Workflow.sleep completed after", waited);
      assertSearchAttributesReadBack(workflow, "bao/port-bound");
    }
  }

  @Test
  void aSecondConnectionFindsTheSearchAttributesAndAddsNone() {
    long serverStarted = System.nanoTime();
    try (LaneTemporal server = LaneTemporal.portBoundTestServer()) {
      printMillis(
          "Temporal port-bound test server start (incl. connect, search attributes)",
          serverStarted);
      long started = System.nanoTime();
      try (LaneTemporal client = LaneTemporal.external(server.address().orElseThrow(), "default")) {
        printMillis("connect to a running Temporal over gRPC (external mode)", started);
        assertThat(client.mode()).isEqualTo(TemporalMode.EXTERNAL);
        assertThat(client.registeredSearchAttributes()).isEmpty();
      }
    }
  }

  @Test
  void timeSkippingCannotBeUnlockedOutsideThePortBoundServer() {
    try (LaneTemporal temporal = LaneTemporal.inProcessTimeSkipping()) {
      assertThatThrownBy(temporal::unlockTimeSkipping).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void withoutAnAddressTheLaneRunsTheInProcessServer() {
    long started = System.nanoTime();
    try (LaneTemporal temporal = LaneTemporal.fromEnvironment(Map.of("TEMPORAL_ADDRESS", " "))) {
      printMillis("Temporal in-process test server (TestWorkflowEnvironment) start", started);
      assertThat(temporal.mode()).isEqualTo(TemporalMode.IN_PROCESS_TIME_SKIPPING);
    }
  }

  @Test
  void anAddressInTheEnvironmentSelectsThatTemporal() {
    try (LaneTemporal server = LaneTemporal.portBoundTestServer();
        LaneTemporal temporal =
            LaneTemporal.fromEnvironment(
                Map.of("TEMPORAL_ADDRESS", server.address().orElseThrow()))) {
      assertThat(temporal.mode()).isEqualTo(TemporalMode.EXTERNAL);
      assertThat(temporal.address()).isEqualTo(server.address());
    }
  }

  static void startWorker(LaneTemporal temporal) {
    WorkerFactory factory = temporal.newWorkerFactory();
    factory.newWorker(TASK_QUEUE).registerWorkflowImplementationTypes(NapImpl.class);
    factory.start();
  }

  static WorkflowStub startNap(WorkflowClient client, String cluster, int hours) {
    Nap napper =
        client.newWorkflowStub(
            Nap.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue(TASK_QUEUE)
                .setWorkflowId("nap-" + UUID.randomUUID())
                .setTypedSearchAttributes(
                    SearchAttributes.newBuilder()
                        .set(CLUSTER, cluster)
                        .set(OPERATION, "Nap")
                        .build())
                .build());
    WorkflowClient.start(napper::nap, hours);
    return WorkflowStub.fromTyped(napper);
  }

  static void assertSearchAttributesReadBack(WorkflowStub workflow, String cluster) {
    SearchAttributes attributes = workflow.describe().getTypedSearchAttributes();
    assertThat(attributes.get(CLUSTER)).isEqualTo(cluster);
    assertThat(attributes.get(OPERATION)).isEqualTo("Nap");
  }

  static void printMillis(String what, long startedNanos) {
    System.out.printf(
        "[lane timing] %s: %d ms%n", what, (System.nanoTime() - startedNanos) / 1_000_000);
  }
}
