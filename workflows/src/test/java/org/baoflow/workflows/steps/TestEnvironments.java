package org.baoflow.workflows.steps;

import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.SearchAttributes;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoflow.workflows.BaoFlowDataConverter;
import org.baoflow.workflows.model.ClusterRef;
import org.baoflow.workflows.visibility.BaoFlowSearchAttributes;
import org.baoflow.workflows.visibility.Operation;

/** Temporal test environments as the worker runs them: BaoFlow's converter and attributes. */
public final class TestEnvironments {
  /** The task queue of every test worker. */
  public static final String QUEUE = "baoflow-test";

  private static final Pattern PAYLOAD_DATA = Pattern.compile("\"data\":\\s*\"([A-Za-z0-9+/=]*)\"");

  private TestEnvironments() {}

  /** A time-skipping environment with BaoFlow's DataConverter and search attributes. */
  public static TestWorkflowEnvironment newEnvironment() {
    TestEnvironmentOptions.Builder options =
        TestEnvironmentOptions.newBuilder()
            .setWorkflowClientOptions(
                WorkflowClientOptions.newBuilder()
                    .setDataConverter(BaoFlowDataConverter.get())
                    .build());
    BaoFlowSearchAttributes.all().forEach(options::registerSearchAttribute);
    return TestWorkflowEnvironment.newInstance(options.build());
  }

  /** Options of an operation's workflow as the cluster workflow starts it. */
  public static WorkflowOptions options(String workflowId, ClusterRef ref, Operation operation) {
    return WorkflowOptions.newBuilder()
        .setWorkflowId(workflowId)
        .setTaskQueue(QUEUE)
        .setTypedSearchAttributes(
            SearchAttributes.newBuilder()
                .set(BaoFlowSearchAttributes.CLUSTER, ref.ids().searchAttribute())
                .set(BaoFlowSearchAttributes.OPERATION, operation.displayName())
                .build())
        .build();
  }

  /** Every payload of {@code history}, decoded, one after the other. */
  public static String decodedPayloads(WorkflowExecutionHistory history) {
    StringBuilder decoded = new StringBuilder();
    Matcher data = PAYLOAD_DATA.matcher(history.toJson(false));
    while (data.find()) {
      decoded
          .append(new String(Base64.getDecoder().decode(data.group(1)), StandardCharsets.UTF_8))
          .append('\n');
    }
    return decoded.toString();
  }
}
