package org.baoflow.lane;

import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.workflow.v1.PendingActivityInfo;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.common.converter.DataConverter;
import java.util.Optional;
import java.util.stream.Collectors;
import org.baoflow.workflows.BaoFlowDataConverter;

/**
 * What a workflow's pending activities say, as the Temporal UI shows it: type, attempt, the last
 * heartbeat (what a wait waits for) and the last failure. For the failure messages of lane ITs.
 */
final class PendingActivities {
  private static final DataConverter CONVERTER = BaoFlowDataConverter.get();

  private PendingActivities() {}

  /** One line per pending activity of {@code workflowId}, or why there is none to show. */
  static String of(WorkflowClient client, String workflowId) {
    try {
      var description =
          client
              .getWorkflowServiceStubs()
              .blockingStub()
              .describeWorkflowExecution(
                  DescribeWorkflowExecutionRequest.newBuilder()
                      .setNamespace(client.getOptions().getNamespace())
                      .setExecution(WorkflowExecution.newBuilder().setWorkflowId(workflowId))
                      .build());
      if (description.getPendingActivitiesCount() == 0) {
        return workflowId + ": no pending activity";
      }
      return description.getPendingActivitiesList().stream()
          .map(activity -> workflowId + ": " + describe(activity))
          .collect(Collectors.joining("; "));
    } catch (RuntimeException e) {
      return workflowId + ": cannot describe (" + e.getMessage() + ")";
    }
  }

  private static String describe(PendingActivityInfo activity) {
    String heartbeat =
        activity.hasHeartbeatDetails()
            ? CONVERTER.fromPayloads(
                0, Optional.of(activity.getHeartbeatDetails()), String.class, String.class)
            : "no heartbeat";
    String failure =
        activity.hasLastFailure()
            ? ", last failure: " + activity.getLastFailure().getMessage()
            : "";
    return activity.getActivityType().getName()
        + " attempt "
        + activity.getAttempt()
        + ", "
        + heartbeat
        + failure;
  }
}
