package org.baoflow.lane.sim.bao.raft;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.baoflow.lane.sim.bao.BaoException;

/**
 * The autopilot configuration of {@code sys/storage/raft/autopilot/configuration}, with OpenBao's
 * defaults and the validation of an update.
 */
public record AutopilotConfig(
    boolean cleanupDeadServers,
    Duration lastContactThreshold,
    Duration deadServerLastContactThreshold,
    long maxTrailingLogs,
    long minQuorum,
    Duration serverStabilizationTime) {

  /** The configuration a new cluster starts with. */
  public static final AutopilotConfig DEFAULT =
      new AutopilotConfig(
          false, Duration.ofSeconds(10), Duration.ofHours(24), 1000, 0, Duration.ofSeconds(10));

  /** The {@code data} of a GET, durations as Go writes them. */
  public Map<String, Object> toData() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("cleanup_dead_servers", cleanupDeadServers);
    data.put("last_contact_threshold", GoDuration.format(lastContactThreshold));
    data.put(
        "dead_server_last_contact_threshold", GoDuration.format(deadServerLastContactThreshold));
    data.put("max_trailing_logs", maxTrailingLogs);
    data.put("min_quorum", minQuorum);
    data.put("server_stabilization_time", GoDuration.format(serverStabilizationTime));
    return data;
  }

  /**
   * This configuration with the fields of a POST body applied; only the supplied fields change.
   * Throws a 400 {@link BaoException} for a malformed field or an invalid result.
   */
  public AutopilotConfig update(Map<String, Object> body) {
    AutopilotConfig updated =
        new AutopilotConfig(
            bool(body, "cleanup_dead_servers").orElse(cleanupDeadServers),
            duration(body, "last_contact_threshold").orElse(lastContactThreshold),
            duration(body, "dead_server_last_contact_threshold")
                .orElse(deadServerLastContactThreshold),
            integer(body, "max_trailing_logs").orElse(maxTrailingLogs),
            integer(body, "min_quorum").orElse(minQuorum),
            duration(body, "server_stabilization_time").orElse(serverStabilizationTime));
    if (updated.cleanupDeadServers && updated.minQuorum < 3) {
      throw BaoException.of(
          400,
          "min_quorum must be set when cleanup_dead_servers is set and it should at least be 3;"
              + " cleanup_dead_servers: true, min_quorum: "
              + updated.minQuorum);
    }
    if (updated.deadServerLastContactThreshold.compareTo(Duration.ofMinutes(1)) < 0) {
      throw BaoException.of(
          400,
          "dead_server_last_contact_threshold should not be set to less than 1m; received: "
              + GoDuration.format(updated.deadServerLastContactThreshold));
    }
    return updated;
  }

  private static Optional<Boolean> bool(Map<String, Object> body, String field) {
    Object value = body.get(field);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Boolean b) {
      return Optional.of(b);
    }
    if (value instanceof String s && (s.equals("true") || s.equals("false"))) {
      return Optional.of(Boolean.parseBoolean(s));
    }
    throw invalid(field, value);
  }

  private static Optional<Long> integer(Map<String, Object> body, String field) {
    Object value = body.get(field);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Integer || value instanceof Long) {
      return Optional.of(((Number) value).longValue());
    }
    if (value instanceof String s && s.matches("\\d+")) {
      return Optional.of(Long.parseLong(s));
    }
    throw invalid(field, value);
  }

  private static Optional<Duration> duration(Map<String, Object> body, String field) {
    Object value = body.get(field);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Integer || value instanceof Long) {
      return Optional.of(Duration.ofSeconds(((Number) value).longValue()));
    }
    if (value instanceof String s) {
      if (s.matches("\\d+")) {
        return Optional.of(Duration.ofSeconds(Long.parseLong(s)));
      }
      return Optional.of(GoDuration.parse(s).orElseThrow(() -> invalid(field, value)));
    }
    throw invalid(field, value);
  }

  private static BaoException invalid(String field, Object value) {
    return BaoException.of(400, "error converting input " + value + " for field \"" + field + "\"");
  }
}
