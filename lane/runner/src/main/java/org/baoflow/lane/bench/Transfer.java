package org.baoflow.lane.bench;

import java.util.Locale;

/**
 * One timed transfer of the backup benchmark.
 *
 * @param bytes how many bytes it moved
 * @param nanos wall-clock time
 * @param cpu CPU time of the benchmark JVM and of the server process meanwhile
 */
record Transfer(long bytes, long nanos, CpuClock.Reading cpu) {

  private static final double MIB = 1024.0 * 1024.0;
  private static final double GIB = MIB * 1024;

  double mibPerSecond() {
    return bytes / MIB / (nanos / 1e9);
  }

  /** CPU seconds per GiB moved in the benchmark JVM, the worker. */
  double workerCpuPerGib() {
    return cpu.worker() / 1e9 / (bytes / GIB);
  }

  /** CPU seconds per GiB moved in the server process: S3Proxy and the node. */
  double serverCpuPerGib() {
    return cpu.servers() / 1e9 / (bytes / GIB);
  }

  /** Speed and CPU, for the progress lines. */
  String describe() {
    return String.format(
        Locale.ROOT,
        "%.0f MiB/s (CPU s/GiB %.1f + %.1f)",
        mibPerSecond(),
        workerCpuPerGib(),
        serverCpuPerGib());
  }
}
