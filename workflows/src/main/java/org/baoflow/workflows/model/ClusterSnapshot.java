package org.baoflow.workflows.model;

import java.util.Objects;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;

/**
 * The cluster an operation acts on: the resource and the spec of one generation, as the watcher
 * read it (CRD defaults are applied by whoever renders from it). Activities take this instead of
 * reading the resource again, so every step of an operation works on the same spec.
 *
 * @param ref the resource
 * @param generation the spec's {@code metadata.generation}
 * @param spec the spec of that generation
 */
public record ClusterSnapshot(ClusterRef ref, long generation, OpenBaoClusterSpec spec) {
  public ClusterSnapshot {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(spec, "spec");
  }
}
