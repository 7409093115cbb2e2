package org.baoflow.workflows.activities;

/**
 * Types of the non-retryable {@code ApplicationFailure}s activities throw, so workflows and tests
 * branch on one name each. Anything else an activity throws is transient and retried.
 */
public final class FailureTypes {
  /** The spec cannot be acted on; the message names the field and the fix. */
  public static final String INVALID_SPEC = "InvalidSpec";

  /** The OpenBaoCluster is gone, or has another uid than the workflow's. */
  public static final String CLUSTER_GONE = "ClusterGone";

  /** A pod cannot run: CrashLoopBackOff, ImagePullBackOff or ErrImagePull; the message names it. */
  public static final String POD_FAILURE = "PodFailure";

  /** External TLS material is missing or unusable; the message names the Secret and the problem. */
  public static final String INVALID_TLS = "InvalidTls";

  /**
   * OpenBao reports initialized but the root-token Secret BaoFlow writes at {@code sys/init} is
   * missing: somebody else initialized it. A human must decide.
   */
  public static final String INITIALIZED_ELSEWHERE = "InitializedElsewhere";

  /**
   * A Secret BaoFlow generates exists but does not hold what BaoFlow needs (wrong key, wrong
   * length); BaoFlow never overwrites generated material, so a human must fix or delete it.
   */
  public static final String SECRET_CONFLICT = "SecretConflict";

  /**
   * A backup object does not match what was streamed (size, ETag or SHA-256); the message says what
   * differs. It gets no manifest, so it is never a backup.
   */
  public static final String BACKUP_NOT_INTACT = "BackupNotIntact";

  private FailureTypes() {}
}
