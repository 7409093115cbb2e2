package org.baoflow.lane.sim.bao.snapshot;

import java.util.List;

/** The names of a snapshot's tar entries, in the order OpenBao writes them. */
final class SnapshotFiles {

  static final String META = "meta.json";
  static final String STATE = "state.bin";
  static final String SUMS = "SHA256SUMS";
  static final String SEALED_SUMS = "SHA256SUMS.sealed";
  static final List<String> ALL = List.of(META, STATE, SUMS, SEALED_SUMS);

  private SnapshotFiles() {}
}
