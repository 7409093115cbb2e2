package org.baoflow.workflows.steps;

import org.baoflow.workflows.activities.ActivityStubs;
import org.baoflow.workflows.activities.ResourceActivities.ApplyRequest;
import org.baoflow.workflows.activities.ResourceActivities.Stage;
import org.baoflow.workflows.model.ClusterSnapshot;

/**
 * Applies a cluster's resources stage by stage, one activity per stage so a worker that dies in
 * between resumes at the next stage, and keeps the managed hashes of what it applied.
 */
public final class Stages {
  private final ClusterSnapshot cluster;
  private final AppliedHashes hashes = new AppliedHashes();

  /** Stages of {@code cluster}. */
  public Stages(ClusterSnapshot cluster) {
    this.cluster = cluster;
  }

  /**
   * Applies {@code stage}.
   *
   * @param replicas the StatefulSet's replicas
   * @param bootstrapping whether the self-init ConfigMap and the bootstrap template are wanted
   * @param certificateHash the server certificate's fingerprint for the pod template
   */
  public void apply(Stage stage, int replicas, boolean bootstrapping, String certificateHash) {
    String summary =
        "Apply " + stage.name() + (stage == Stage.WORKLOAD ? " at " + replicas + " replicas" : "");
    hashes.record(
        ActivityStubs.resources(summary)
            .apply(new ApplyRequest(cluster, stage, replicas, bootstrapping, certificateHash)));
  }

  /** What every apply so far left behind, by {@code Kind/name}. */
  public AppliedHashes hashes() {
    return hashes;
  }
}
