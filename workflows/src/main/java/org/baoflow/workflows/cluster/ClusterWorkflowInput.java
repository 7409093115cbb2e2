package org.baoflow.workflows.cluster;

import java.util.Objects;
import org.baoflow.workflows.model.ClusterRef;

/**
 * Start or continue-as-new input of the cluster workflow.
 *
 * @param ref the cluster
 * @param continueAsNewAfterEvents history length after which an idle workflow continues as new; 0
 *     for the default (Temporal's suggestion); tests lower it
 * @param carried what the previous run knew; {@code null} on the first start
 */
public record ClusterWorkflowInput(
    ClusterRef ref, int continueAsNewAfterEvents, ClusterMemory carried) {
  public ClusterWorkflowInput {
    Objects.requireNonNull(ref, "ref");
  }

  /** The first start for {@code ref}, with default thresholds. */
  public static ClusterWorkflowInput start(ClusterRef ref) {
    return new ClusterWorkflowInput(ref, 0, null);
  }
}
