package org.baoflow.workflows.cluster;

import io.temporal.api.enums.v1.ParentClosePolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.common.SearchAttributes;
import io.temporal.workflow.ChildWorkflowCancellationType;
import io.temporal.workflow.ChildWorkflowOptions;
import java.nio.charset.StandardCharsets;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;
import org.baoflow.workflows.ids.ClusterWorkflowIds;
import org.baoflow.workflows.model.ClusterRef;
import org.baoflow.workflows.visibility.BaoFlowSearchAttributes;
import org.baoflow.workflows.visibility.ClusterPhase;
import org.baoflow.workflows.visibility.Operation;

/**
 * The options of an operation's child workflow: its ID, the search attributes the Temporal UI
 * filters on, and a static summary.
 *
 * <p>Parent close policy REQUEST_CANCEL: the cluster workflow only closes while a child runs when
 * it is terminated or reset by hand; a cancelled child stops at its next step and leaves the
 * cluster in a state the next operation converges, whereas TERMINATE could cut an activity
 * mid-write and ABANDON would leave an operation running that no workflow coordinates any more. ID
 * reuse ALLOW_DUPLICATE: a failed bootstrap (or delete) runs again under the same ID.
 */
final class OperationOptions {
  /** The Temporal UI shows static summaries up to 200 bytes. */
  static final int SUMMARY_BYTES = 200;

  private OperationOptions() {}

  /** Options of the child {@code workflowId} running {@code operation} in phase {@code phase}. */
  static ChildWorkflowOptions child(
      ClusterWorkflowIds ids,
      String workflowId,
      Operation operation,
      ClusterPhase phase,
      String summary) {
    return ChildWorkflowOptions.newBuilder()
        .setWorkflowId(workflowId)
        .setTypedSearchAttributes(
            SearchAttributes.newBuilder()
                .set(BaoFlowSearchAttributes.CLUSTER, ids.searchAttribute())
                .set(BaoFlowSearchAttributes.OPERATION, operation.displayName())
                .set(BaoFlowSearchAttributes.PHASE, phase.displayName())
                .build())
        .setStaticSummary(truncate(summary))
        .setParentClosePolicy(ParentClosePolicy.PARENT_CLOSE_POLICY_REQUEST_CANCEL)
        .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE)
        // Deletion waits for the cancelled child to end, so no step of it races the delete.
        .setCancellationType(ChildWorkflowCancellationType.WAIT_CANCELLATION_COMPLETED)
        .build();
  }

  /** {@code summary} cut to {@link #SUMMARY_BYTES} bytes of UTF-8 on a character boundary. */
  /** Such as {@code Bootstrap openbao/dev: generation 1, 3 replicas, OpenBao 2.4.4}. */
  static String summary(
      ClusterRef ref, Operation operation, OpenBaoClusterSpec spec, String reason) {
    StringBuilder summary =
        new StringBuilder(operation.displayName())
            .append(' ')
            .append(ref.displayName())
            .append(": ")
            .append(reason);
    if (spec.getReplicas() != null) {
      summary.append(", ").append(spec.getReplicas()).append(" replicas");
    }
    if (spec.getVersion() != null) {
      summary.append(", OpenBao ").append(spec.getVersion());
    }
    return summary.toString();
  }

  static String truncate(String summary) {
    if (summary.getBytes(StandardCharsets.UTF_8).length <= SUMMARY_BYTES) {
      return summary;
    }
    StringBuilder cut = new StringBuilder();
    int bytes = 3; // the ellipsis
    for (int i = 0; i < summary.length(); ) {
      int codePoint = summary.codePointAt(i);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + size > SUMMARY_BYTES) {
        break;
      }
      cut.appendCodePoint(codePoint);
      bytes += size;
      i += Character.charCount(codePoint);
    }
    return cut.append('\u2026').toString();
  }
}
