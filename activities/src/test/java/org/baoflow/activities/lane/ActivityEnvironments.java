package org.baoflow.activities.lane;

import io.temporal.client.WorkflowClientOptions;
import io.temporal.testing.TestActivityEnvironment;
import io.temporal.testing.TestEnvironmentOptions;
import org.baoflow.workflows.BaoFlowDataConverter;

/** Temporal's activity test environment with the worker's data converter. */
public final class ActivityEnvironments {
  private ActivityEnvironments() {}

  /** A new environment that encodes payloads as the worker does. */
  public static TestActivityEnvironment withBaoFlowConverter() {
    return TestActivityEnvironment.newInstance(
        TestEnvironmentOptions.newBuilder()
            .setWorkflowClientOptions(
                WorkflowClientOptions.newBuilder()
                    .setDataConverter(BaoFlowDataConverter.get())
                    .build())
            .build());
  }
}
