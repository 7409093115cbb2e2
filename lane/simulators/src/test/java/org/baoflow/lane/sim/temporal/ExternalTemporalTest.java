package org.baoflow.lane.sim.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.client.WorkflowStub;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The lane against a real Temporal. Runs only where {@code TEMPORAL_ADDRESS} is set, so it is
 * skipped in CI, which has no Temporal. A real server does not skip time, so the workflow here does
 * not sleep: it proves the connection, the search attributes and a round trip through a worker.
 */
@EnabledIfEnvironmentVariable(named = LaneTemporal.ADDRESS_VARIABLE, matches = ".+")
class ExternalTemporalTest {

  @Test
  void theLaneUsesTheTemporalAtTheAddress() {
    long started = System.nanoTime();
    try (LaneTemporal temporal = LaneTemporal.fromEnvironment(Map.copyOf(System.getenv()))) {
      LaneTemporalTest.printMillis("connect to the real Temporal at TEMPORAL_ADDRESS", started);
      assertThat(temporal.mode()).isEqualTo(TemporalMode.EXTERNAL);
      assertThat(temporal.address()).hasValue(System.getenv(LaneTemporal.ADDRESS_VARIABLE).strip());

      LaneTemporalTest.startWorker(temporal);
      WorkflowStub nap = LaneTemporalTest.startNap(temporal.workflowClient(), "bao/external", 0);
      assertThat(nap.getResult(30, TimeUnit.SECONDS, String.class)).isEqualTo("0h");
      LaneTemporalTest.assertSearchAttributesReadBack(nap, "bao/external");
    } catch (TimeoutException e) {
      throw new AssertionError("the real Temporal did not finish a trivial workflow in 30 s", e);
    }
  }
}
