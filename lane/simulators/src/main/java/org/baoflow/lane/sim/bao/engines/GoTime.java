package org.baoflow.lane.sim.bao.engines;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times written as Go's {@code time.RFC3339Nano} does: UTC, trailing zeros of the fraction cut. */
final class GoTime {

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

  private GoTime() {}

  /** {@code 2018-03-22T02:24:06.945319214Z}; {@code 2018-03-22T02:24:06Z} on a whole second. */
  static String format(Instant instant) {
    String seconds = SECONDS.format(instant);
    int nanos = instant.getNano();
    if (nanos == 0) {
      return seconds + "Z";
    }
    String fraction = String.format("%09d", nanos).replaceAll("0+$", "");
    return seconds + "." + fraction + "Z";
  }
}
