package org.baoflow.lane.sim.kubelet;

import java.time.Duration;
import java.util.OptionalInt;

/** A container that exited as soon as it started: a crash-looping image or a failed start. */
final class CrashedContainer implements RunningContainer {
  private final int exitCode;
  private final String message;

  CrashedContainer(int exitCode, String message) {
    this.exitCode = exitCode;
    this.message = message;
  }

  /** Why the container exited, as its termination message reports it. */
  String message() {
    return message;
  }

  @Override
  public int port() {
    return 0;
  }

  @Override
  public boolean ready() {
    return false;
  }

  @Override
  public OptionalInt exitCode() {
    return OptionalInt.of(exitCode);
  }

  @Override
  public void stop(Duration gracePeriod) {
    // Nothing runs.
  }
}
