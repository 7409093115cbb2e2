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

  /** The phase whose {@link #displayName()} is {@code name}; {@link #PENDING} for anything else. */
  public static ClusterPhase named(String name) {
    for (ClusterPhase candidate : values()) {
      if (candidate.displayName.equals(name)) {
        return candidate;
      }
    }
    return PENDING;
  }

  /** The value written to status and search attributes. */
  public String displayName() {
    return displayName;
  }
}
