package org.baoflow.activities.kube.render;

/**
 * The least-privilege policies BaoFlow's worker logs in with, one per kind of operation. Named like
 * the Go operator's, so clusters move between the two.
 */
public final class OperatorPolicies {
  private static final String READ = "read";
  private static final String UPDATE = "update";
  private static final String SUDO = "sudo";

  /** Health checks, leader step-down and raft membership upkeep. */
  public static final AclPolicy OPERATOR =
      AclPolicy.named("openbao-operator")
          .allow("sys/health", READ)
          .allow("sys/step-down", UPDATE, SUDO)
          .allow("sys/storage/raft/configuration", READ)
          .allow("sys/storage/raft/autopilot/configuration", READ, UPDATE)
          .allow("sys/storage/raft/autopilot/state", READ, UPDATE)
          .allow("sys/storage/raft/remove-peer", UPDATE)
          .allow("auth/token/lookup-self", READ);

  /** Taking raft snapshots. */
  public static final AclPolicy BACKUP =
      AclPolicy.named("openbao-operator-backup").allow("sys/storage/raft/snapshot", READ);

  /** Rolling and blue/green upgrades: membership, voting and leadership changes. */
  public static final AclPolicy UPGRADE =
      AclPolicy.named("openbao-operator-upgrade")
          .allow("sys/storage/raft/join", UPDATE)
          .allow("sys/storage/raft/configuration", READ)
          .allow("sys/storage/raft/remove-peer", UPDATE)
          .allow("sys/storage/raft/promote", UPDATE)
          .allow("sys/storage/raft/demote", UPDATE)
          .allow("sys/storage/raft/autopilot/configuration", READ, UPDATE)
          .allow("sys/storage/raft/autopilot/state", READ)
          .allow("sys/step-down", UPDATE, SUDO);

  /** Restoring snapshots; {@code snapshot-force} takes one a cluster with another seal wrote. */
  public static final AclPolicy RESTORE =
      AclPolicy.named("openbao-operator-restore")
          .allow("sys/storage/raft/snapshot", UPDATE)
          .allow("sys/storage/raft/snapshot-force", UPDATE)
          .allow("sys/health", READ)
          .allow("sys/leader", READ);

  /**
   * The demo user's policy: browse the UI and read and write secrets under {@code secret/}, the
   * conventional KV mount; nothing that changes the server.
   */
  public static final AclPolicy DEMO =
      AclPolicy.named("demo")
          .allow("sys/internal/ui/mounts", READ)
          .allow("sys/internal/ui/mounts/*", READ)
          .allow("auth/token/lookup-self", READ)
          .allow("secret/*", "create", READ, UPDATE, "patch", "delete", "list");

  private OperatorPolicies() {}
}
