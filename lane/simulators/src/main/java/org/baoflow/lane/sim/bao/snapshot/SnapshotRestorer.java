package org.baoflow.lane.sim.bao.snapshot;

import java.io.IOException;
import java.io.InputStream;
import org.baoflow.lane.sim.bao.seal.Seal;
import org.baoflow.lane.sim.bao.storage.NodeStorage;

/**
 * Applies a snapshot to a node's storage as OpenBao's restore does: validate (by mode), replace
 * every entry, then re-read the keyring with the node's own seal. If that seal cannot unwrap the
 * restored root key, the node seals and stays sealed.
 */
public final class SnapshotRestorer {

  /** What the node is left as after the snapshot was applied. */
  public enum Outcome {
    /** The node's seal opened the restored root key: the node unseals with the restored data. */
    UNSEALED,
    /** The restored root key was wrapped by another seal: the node seals and cannot auto-unseal. */
    SEALED
  }

  private final Seal seal;
  private final NodeStorage storage;

  /** A restorer for the node whose storage is {@code storage} and whose seal is {@code seal}. */
  public SnapshotRestorer(Seal seal, NodeStorage storage) {
    this.seal = seal;
    this.storage = storage;
  }

  /**
   * Validates the snapshot and, only if it is valid, replaces the storage with it.
   *
   * @throws SealCheckFailedException on a checked restore under another seal; storage is untouched
   * @throws InvalidSnapshotException if the archive is invalid; storage is untouched
   */
  public Outcome restore(InputStream snapshot, RestoreMode mode) throws IOException {
    Snapshot validated = new SnapshotReader(seal).read(snapshot, mode);
    storage.replaceAll(validated.entries());
    return storage.canBeUnsealedBy(seal) ? Outcome.UNSEALED : Outcome.SEALED;
  }
}
