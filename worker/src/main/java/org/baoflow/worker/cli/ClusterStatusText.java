package org.baoflow.worker.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.baoflow.workflows.cluster.ClusterState;
import org.baoflow.workflows.visibility.BaoFlowSearchAttributes;

/** Renders a {@link ClusterStatus} as the aligned text {@code baoflow status} prints. */
final class ClusterStatusText {
  private ClusterStatusText() {}

  static String render(ClusterStatus status) {
    List<String[]> rows = new ArrayList<>();
    Map<String, String> attributes = status.searchAttributes();
    rows.add(
        row("Cluster", attributes.getOrDefault(BaoFlowSearchAttributes.CLUSTER.getName(), "-")));
    rows.add(row("Workflow", status.workflowId() + " (" + status.executionStatus() + ")"));
    status
        .state()
        .ifPresentOrElse(
            state -> addState(rows, status.workflowId(), state),
            () ->
                rows.add(
                    row(
                        "Phase",
                        attributes.getOrDefault(BaoFlowSearchAttributes.PHASE.getName(), "-")
                            + " (last recorded; the workflow is not running)")));
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      out.append(String.format("%-14s%s%n", row[0] + ":", row[1]));
    }
    return out.toString();
  }

  private static void addState(List<String[]> rows, String workflowId, ClusterState state) {
    rows.add(row("Phase", state.phase()));
    rows.add(
        row(
            "Operation",
            state.operation() == null
                ? "none"
                : state.operation() + " (" + state.operationWorkflowId() + ")"));
    rows.add(row("Waiting for", orDash(state.waitingFor())));
    rows.add(row("Pending", state.pending().isEmpty() ? "-" : String.join(", ", state.pending())));
    rows.add(
        row(
            "Generation",
            "observed " + state.observedGeneration() + ", applied " + state.appliedGeneration()));
    rows.add(row("Initialized", state.initialized() ? "yes" : "no"));
    rows.add(row("Paused", state.paused() ? "yes" : "no"));
    rows.add(
        row(
            "Violations",
            state.violations().isEmpty() ? "none" : String.join("; ", state.violations())));
    List<String> ids = new ArrayList<>(List.of(workflowId));
    if (state.operationWorkflowId() != null) {
      ids.add(state.operationWorkflowId());
    }
    rows.add(row("Workflow IDs", String.join(", ", ids)));
    // Every workflow of the cluster carries this attribute, finished operations included.
    rows.add(row("Search", "OpenBaoCluster = \"" + state.cluster() + "\""));
  }

  private static String orDash(String value) {
    return value == null || value.isBlank() ? "-" : value;
  }

  private static String[] row(String label, String value) {
    return new String[] {label, value};
  }
}
