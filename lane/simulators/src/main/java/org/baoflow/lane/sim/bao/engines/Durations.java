package org.baoflow.lane.sim.bao.engines;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Optional;
import org.baoflow.lane.sim.bao.raft.GoDuration;

/** Duration fields as OpenBao reads them: a number of seconds, or a Go duration string. */
final class Durations {

  private Durations() {}

  /** The duration, or empty when the value is neither form. */
  static Optional<Duration> parse(JsonNode value) {
    if (value.isIntegralNumber()) {
      return Optional.of(Duration.ofSeconds(value.asLong()));
    }
    String text = value.asText().trim();
    if (text.matches("\\d+")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
    }
    return GoDuration.parse(text);
  }
}
