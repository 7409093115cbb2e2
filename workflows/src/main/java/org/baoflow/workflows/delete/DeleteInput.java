package org.baoflow.workflows.delete;

import java.util.Objects;
import org.baoflow.api.v1alpha1.DeletionPolicy;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;
import org.baoflow.workflows.model.ClusterRef;

/**
 * Input of the delete workflow.
 *
 * @param ref the cluster
 * @param policy the spec's deletionPolicy; Retain when the spec left it unset
 * @param spec the spec operations acted on last, whose {@code spec.backup.target} DeleteAll empties
 *     of this cluster's backups; {@code null} when no valid spec was seen
 */
public record DeleteInput(ClusterRef ref, DeletionPolicy policy, OpenBaoClusterSpec spec) {
  public DeleteInput {
    Objects.requireNonNull(ref, "ref");
    policy = policy == null ? DeletionPolicy.RETAIN : policy;
  }
}
