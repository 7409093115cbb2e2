package org.baoflow.workflows.delete;

import java.util.Objects;
import org.baoflow.api.v1alpha1.DeletionPolicy;
import org.baoflow.workflows.model.ClusterRef;

/**
 * Input of the delete workflow.
 *
 * @param ref the cluster
 * @param policy the spec's deletionPolicy; Retain when the spec left it unset
 */
public record DeleteInput(ClusterRef ref, DeletionPolicy policy) {
  public DeleteInput {
    Objects.requireNonNull(ref, "ref");
    policy = policy == null ? DeletionPolicy.RETAIN : policy;
  }
}
