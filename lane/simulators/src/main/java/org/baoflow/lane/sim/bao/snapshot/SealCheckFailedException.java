package org.baoflow.lane.sim.bao.snapshot;

/**
 * The target's seal could not decrypt {@code SHA256SUMS.sealed}: OpenBao answers a normal restore
 * with 400 and {@link #MESSAGE} (the auto-unseal wording).
 */
public final class SealCheckFailedException extends InvalidSnapshotException {

  private static final long serialVersionUID = 1L;

  /** The exact error text OpenBao returns for an auto-unseal target. */
  public static final String MESSAGE =
      "could not verify hash file, possibly the snapshot is using a different autoseal key;"
          + " use the snapshot-force API to bypass this check";

  public SealCheckFailedException(Throwable cause) {
    super(MESSAGE, cause);
  }
}
