package org.baoflow.lane.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * The backup benchmark's markdown table, one line per snapshot size over its rounds: speeds and CPU
 * are medians, ratios the median of each round's ratio with the lowest and highest, heap peaks the
 * highest of any round.
 */
final class BackupTable {

  static final double MIB = 1024.0 * 1024.0;
  private static final String NONE = "–";

  private BackupTable() {}

  static void print(List<List<BackupRound>> sizes, PrintStream out) {
    out.println(
        "| snapshot | rounds | ours | TM from memory | ours / TM from memory | TM reading the node"
            + " | ours / TM reading the node | source ceiling | worker CPU s/GiB: ours, TM from"
            + " memory, TM reading the node | server CPU s/GiB: ours, TM from memory | verify"
            + " (HEAD, GET, SHA-256) | heap idle | peak in use − idle | peak after GC − idle |");
    out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    sizes.forEach(rounds -> out.println(line(rounds)));
  }

  private static String line(List<BackupRound> rounds) {
    boolean baselines = rounds.get(0).baselines().isPresent();
    return String.join(
        " | ",
        "| " + ByteSizes.format(rounds.get(0).size()),
        Integer.toString(rounds.size()),
        speed(median(rounds, round -> round.ours().mibPerSecond())),
        baselines ? speed(medianOfBaseline(rounds, b -> b.fromMemory().mibPerSecond())) : NONE,
        ratio(rounds, BackupRound::oursOverFromMemory),
        baselines ? speed(medianOfBaseline(rounds, b -> b.fromNode().mibPerSecond())) : NONE,
        ratio(rounds, BackupRound::oursOverFromNode),
        ratio(rounds, BackupRound::sourceCeiling),
        cpu(median(rounds, round -> round.ours().workerCpuPerGib()))
            + ", "
            + (baselines
                ? cpu(medianOfBaseline(rounds, b -> b.fromMemory().workerCpuPerGib()))
                    + ", "
                    + cpu(medianOfBaseline(rounds, b -> b.fromNode().workerCpuPerGib()))
                : NONE),
        cpu(median(rounds, round -> round.ours().serverCpuPerGib()))
            + ", "
            + (baselines
                ? cpu(medianOfBaseline(rounds, b -> b.fromMemory().serverCpuPerGib()))
                : NONE),
        speed(median(rounds, round -> round.verify().mibPerSecond())),
        mib(median(rounds, BackupRound::idleHeap)),
        mib(highest(rounds, round -> round.heap().peakUsed() - round.idleHeap())),
        mib(highest(rounds, round -> round.heap().peakAfterGc() - round.idleHeap())) + " |");
  }

  private static String ratio(
      List<BackupRound> rounds, Function<BackupRound, Optional<Double>> ratio) {
    if (rounds.get(0).baselines().isEmpty()) {
      return NONE;
    }
    double[] values =
        rounds.stream().mapToDouble(round -> ratio.apply(round).orElseThrow()).sorted().toArray();
    return String.format(
        Locale.ROOT, "%.2f (%.2f–%.2f)", median(values), values[0], values[values.length - 1]);
  }

  private static double medianOfBaseline(
      List<BackupRound> rounds, ToDoubleFunction<BackupRound.Baselines> value) {
    return median(rounds, round -> value.applyAsDouble(round.baselines().orElseThrow()));
  }

  private static double median(List<BackupRound> rounds, ToDoubleFunction<BackupRound> value) {
    return median(rounds.stream().mapToDouble(value).sorted().toArray());
  }

  /** The middle value of sorted values, or the mean of the two middle ones. */
  static double median(double[] sorted) {
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static long highest(List<BackupRound> rounds, ToLongFunction<BackupRound> value) {
    return rounds.stream().mapToLong(value).max().orElseThrow();
  }

  private static String speed(double mibPerSecond) {
    return String.format(Locale.ROOT, "%.0f MiB/s", mibPerSecond);
  }

  private static String cpu(double secondsPerGib) {
    return String.format(Locale.ROOT, "%.1f", secondsPerGib);
  }

  private static String mib(double bytes) {
    return String.format(Locale.ROOT, "%.1f MiB", bytes / MIB);
  }
}
