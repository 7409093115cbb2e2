package org.baoflow.lane.sim.bao.snapshot;

import java.io.IOException;

/** A snapshot archive OpenBao would refuse: wrong entries, missing files or bad checksums. */
public class InvalidSnapshotException extends IOException {

  private static final long serialVersionUID = 1L;

  public InvalidSnapshotException(String message) {
    super(message);
  }

  public InvalidSnapshotException(String message, Throwable cause) {
    super(message, cause);
  }
}
