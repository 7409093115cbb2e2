package org.baoflow.lane.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * CPU time used so far by this JVM and by the benchmark's server process: on a machine shared with
 * other work, wall-clock throughput falls with their load, while the CPU a transfer costs does not.
 */
final class CpuClock {

  private final long serverPid;

  CpuClock(long serverPid) {
    this.serverPid = serverPid;
  }

  /** Both processes' CPU time now. */
  Reading read() {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long servers =
        ProcessHandle.of(serverPid)
            .flatMap(process -> process.info().totalCpuDuration())
            .map(Duration::toNanos)
            .orElse(0L);
    return new Reading(os.getProcessCpuTime(), servers);
  }

  /**
   * CPU nanoseconds used so far.
   *
   * @param worker this JVM, where the uploads run
   * @param servers the child running S3Proxy and the simulated node
   */
  record Reading(long worker, long servers) {

    /** What was used between {@code earlier} and this reading. */
    Reading since(Reading earlier) {
      return new Reading(worker - earlier.worker, servers - earlier.servers);
    }
  }
}
