package org.baoflow.activities.kube.render;

/**
 * Which StatefulSet a config.hcl is for and whose pods its nodes join.
 *
 * @param revision the blue/green revision of the StatefulSet; {@code null} for the unrevisioned
 *     StatefulSet {@code <cluster>}
 * @param joinRevision the revision whose pods new nodes join as permanent non-voters (the blue side
 *     while a green revision is deployed); {@code null} to join any pod of the cluster as an
 *     ordinary voter
 */
public record ConfigRevision(String revision, String joinRevision) {

  /** The StatefulSet {@code <cluster>} of the rolling-update strategy. */
  public static ConfigRevision unrevisioned() {
    return new ConfigRevision(null, null);
  }

  /** A revision that forms the cluster itself, such as the first blue/green revision. */
  public static ConfigRevision of(String revision) {
    return new ConfigRevision(revision, null);
  }

  /** A green revision whose nodes join the blue revision's cluster as non-voters. */
  public static ConfigRevision green(String revision, String blueRevision) {
    return new ConfigRevision(revision, blueRevision);
  }

  /** Nodes join another revision's pods and must not vote until promoted. */
  public boolean joinsAsNonVoter() {
    return joinRevision != null;
  }

  /**
   * Ordinal 0 of this revision may initialize the cluster; a revision that joins another never
   * does, or it would start a second, empty cluster.
   */
  public boolean selfInitializes() {
    return joinRevision == null;
  }
}
