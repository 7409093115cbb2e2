package org.baoflow.lane.sim.bao.snapshot;

/** Which restore endpoint is reading the snapshot. */
public enum RestoreMode {
  /**
   * {@code sys/storage/raft/snapshot}: {@code SHA256SUMS.sealed} must open with the target's seal.
   */
  CHECKED,
  /** {@code sys/storage/raft/snapshot-force}: skips only the sealed-hash check. */
  FORCE
}
