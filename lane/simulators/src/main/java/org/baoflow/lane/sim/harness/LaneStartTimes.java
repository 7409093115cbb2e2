package org.baoflow.lane.sim.harness;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How long a lane took to start, in total and per component (the components start in parallel, so
 * the total is about the slowest of them, not their sum).
 *
 * @param total from the call to a lane with every component up
 * @param components each component's own start time by name ({@code kubernetes/primary}, {@code
 *     rustfs}, {@code temporal}), in start order
 */
public record LaneStartTimes(Duration total, Map<String, Duration> components) {

  public LaneStartTimes {
    components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
  }

  /** One line for a test log, such as {@code 812 ms (kubernetes/primary 640 ms, ...)}. */
  public String summary() {
    return total.toMillis()
        + " ms ("
        + components.entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue().toMillis() + " ms")
            .collect(Collectors.joining(", "))
        + ")";
  }
}
