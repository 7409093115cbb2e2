package org.baoflow.workflows.visibility;

/**
 * {@code status.phase} of an OpenBaoCluster, also the {@code OpenBaoPhase} search attribute of its
 * workflows.
 */
public enum ClusterPhase {
  /** Not bootstrapped yet: waiting for a valid spec, or paused before its first operation. */
  PENDING("Pending"),
  INITIALIZING("Initializing"),
  RUNNING("Running"),
  UPGRADING("Upgrading"),
  BACKING_UP("BackingUp"),
  RESTORING("Restoring"),
  DELETING("Deleting"),
  FAILED("Failed");

  private final String displayName;

  ClusterPhase(String displayName) {
    this.displayName = displayName;
  }

  /** The value written to status and search attributes. */
  public String displayName() {
    return displayName;
  }
}
