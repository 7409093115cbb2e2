package org.baoflow.lane.sim.bao.snapshot;

import java.util.List;
import org.baoflow.lane.sim.bao.storage.StorageEntry;

/** A snapshot that passed the checks of its restore mode: its metadata and storage entries. */
public record Snapshot(SnapshotMeta meta, List<StorageEntry> entries) {

  public Snapshot {
    entries = List.copyOf(entries);
  }
}
