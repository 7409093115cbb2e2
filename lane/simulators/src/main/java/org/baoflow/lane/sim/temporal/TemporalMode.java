package org.baoflow.lane.sim.temporal;

/** Which Temporal a {@link LaneTemporal} talks to. */
public enum TemporalMode {
  /**
   * The SDK's test server in this JVM behind a {@code TestWorkflowEnvironment}: timers are skipped
   * whenever a client waits for a workflow result, so a day-long sleep takes milliseconds.
   */
  IN_PROCESS_TIME_SKIPPING,
  /**
   * The SDK's test server as a gRPC server on a loopback port, reachable by any client. It runs in
   * real time until a client unlocks time skipping ({@link LaneTemporal#unlockTimeSkipping()}).
   */
  PORT_BOUND_TEST_SERVER,
  /** A real Temporal at {@code TEMPORAL_ADDRESS}: the lane only connects to it. */
  EXTERNAL
}
