package org.baoflow.lane;

import io.temporal.api.filter.v1.StartTimeFilter;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.api.workflowservice.v1.ListClosedWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ListOpenWorkflowExecutionsRequest;
import io.temporal.client.WorkflowClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads every workflow history of a Temporal namespace as JSON, to check what the Temporal UI (and
 * anyone with access to the namespace) would see. The test server lists executions without a
 * visibility query, which is all this needs.
 */
final class HistoryScan {
  /** A JSON Web Token: header and payload are base64url JSON objects. */
  static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.eyJ[A-Za-z0-9_-]{5,}");

  /** A payload's bytes in history JSON, base64-encoded. */
  private static final Pattern PAYLOAD_DATA = Pattern.compile("\"data\":\\s*\"([A-Za-z0-9+/=]+)\"");

  private HistoryScan() {}

  /**
   * Every history of the namespace, open and closed, as JSON followed by the decoded text of every
   * payload in it (payloads are base64 in history JSON).
   */
  static List<String> allHistories(WorkflowClient client) {
    String namespace = client.getOptions().getNamespace();
    var stub = client.getWorkflowServiceStubs().blockingStub();
    StartTimeFilter always =
        StartTimeFilter.newBuilder()
            .setEarliestTime(com.google.protobuf.Timestamp.newBuilder().setSeconds(0).build())
            .setLatestTime(
                com.google.protobuf.Timestamp.newBuilder().setSeconds(4_000_000_000L).build())
            .build();
    List<WorkflowExecutionInfo> executions = new ArrayList<>();
    executions.addAll(
        stub.listOpenWorkflowExecutions(
                ListOpenWorkflowExecutionsRequest.newBuilder()
                    .setNamespace(namespace)
                    .setMaximumPageSize(1000)
                    .setStartTimeFilter(always)
                    .build())
            .getExecutionsList());
    executions.addAll(
        stub.listClosedWorkflowExecutions(
                ListClosedWorkflowExecutionsRequest.newBuilder()
                    .setNamespace(namespace)
                    .setMaximumPageSize(1000)
                    .setStartTimeFilter(always)
                    .build())
            .getExecutionsList());
    List<String> histories = new ArrayList<>();
    for (WorkflowExecutionInfo info : executions) {
      histories.add(
          withDecodedPayloads(
              client
                  .fetchHistory(info.getExecution().getWorkflowId(), info.getExecution().getRunId())
                  .toJson(true)));
    }
    return histories;
  }

  static String withDecodedPayloads(String json) {
    StringBuilder text = new StringBuilder(json);
    Matcher data = PAYLOAD_DATA.matcher(json);
    while (data.find()) {
      text.append('\n')
          .append(new String(Base64.getDecoder().decode(data.group(1)), StandardCharsets.UTF_8));
    }
    return text.toString();
  }

  /** The secrets of {@code secrets} (and any JWT or private key) that some history contains. */
  static List<String> leaks(List<String> histories, Collection<String> secrets) {
    List<String> found = new ArrayList<>();
    for (String history : histories) {
      if (JWT.matcher(history).find()) {
        found.add("a JWT");
      }
      if (history.contains("PRIVATE KEY")) {
        found.add("a private key");
      }
      for (String secret : secrets) {
        if (secret != null && !secret.isEmpty() && history.contains(secret)) {
          found.add("secret of " + secret.length() + " characters");
        }
      }
    }
    return found;
  }
}
