package org.baoflow.lane.sim.bao.raft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.baoflow.lane.sim.bao.BaoException;
import org.junit.jupiter.api.Test;

class AutopilotConfigTest {

  @Test
  void defaultsAreWrittenAsOpenBaoWritesThem() {
    assertThat(AutopilotConfig.DEFAULT.toData())
        .containsExactly(
            Map.entry("cleanup_dead_servers", false),
            Map.entry("last_contact_threshold", "10s"),
            Map.entry("dead_server_last_contact_threshold", "24h0m0s"),
            Map.entry("max_trailing_logs", 1000L),
            Map.entry("min_quorum", 0L),
            Map.entry("server_stabilization_time", "10s"));
  }

  @Test
  void onlySuppliedFieldsChangeAndDurationsTakeSecondsOrGoStrings() {
    AutopilotConfig updated =
        AutopilotConfig.DEFAULT.update(
            Map.of(
                "min_quorum",
                3,
                "server_stabilization_time",
                30,
                "last_contact_threshold",
                "1m30s"));
    assertThat(updated.minQuorum()).isEqualTo(3);
    assertThat(updated.serverStabilizationTime()).isEqualTo(Duration.ofSeconds(30));
    assertThat(updated.lastContactThreshold()).isEqualTo(Duration.ofSeconds(90));
    assertThat(updated.maxTrailingLogs()).isEqualTo(1000);
  }

  @Test
  void cleanupDeadServersNeedsAMinimumQuorumOfThree() {
    assertThatThrownBy(() -> AutopilotConfig.DEFAULT.update(Map.of("cleanup_dead_servers", true)))
        .isInstanceOfSatisfying(
            BaoException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.errors().get(0)).startsWith("min_quorum must be set");
            });
    assertThat(
            AutopilotConfig.DEFAULT
                .update(Map.of("cleanup_dead_servers", true, "min_quorum", 3))
                .cleanupDeadServers())
        .isTrue();
  }

  @Test
  void aDeadServerThresholdUnderAMinuteIsRefused() {
    assertThatThrownBy(
            () ->
                AutopilotConfig.DEFAULT.update(Map.of("dead_server_last_contact_threshold", "30s")))
        .isInstanceOfSatisfying(
            BaoException.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(
                        "dead_server_last_contact_threshold should not be set to less than 1m;"
                            + " received: 30s"));
  }

  @Test
  void goDurationsRoundTrip() {
    assertThat(GoDuration.format(Duration.ofMillis(516).plusNanos(400_000))).isEqualTo("516.4ms");
    assertThat(GoDuration.format(Duration.ofMinutes(2))).isEqualTo("2m0s");
    assertThat(GoDuration.format(Duration.ZERO)).isEqualTo("0s");
    assertThat(GoDuration.parse("1h30m")).contains(Duration.ofMinutes(90));
    assertThat(GoDuration.parse("10x")).isEmpty();
    assertThat(GoDuration.parse("")).isEmpty();
  }
}
