package org.baoflow.workflows.visibility;

/**
 * The kinds of operation BaoFlow runs on a cluster: the value of the {@code OpenBaoOperation}
 * search attribute and of {@code status.operation.kind}.
 */
public enum Operation {
  CLUSTER("Cluster"),
  BOOTSTRAP("Bootstrap"),
  CONVERGE("Converge"),
  UPGRADE("Upgrade"),
  BACKUP("Backup"),
  RESTORE("Restore"),
  DELETE("Delete");

  private final String displayName;

  Operation(String displayName) {
    this.displayName = displayName;
  }

  /** The name users see in the Temporal UI and in status. */
  public String displayName() {
    return displayName;
  }
}
