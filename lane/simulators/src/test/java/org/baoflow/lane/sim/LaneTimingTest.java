package org.baoflow.lane.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LaneTimingTest {

  @Test
  void fastKeepsEveryDelayUnderASecond() {
    LaneTiming fast = LaneTiming.fast();

    assertThat(
            new Duration[] {
              fast.electionDelay(),
              fast.stepDownHold(),
              fast.autopilotStabilization(),
              fast.autoUnsealRetry(),
              fast.probePeriod(),
              fast.crashBackOff(),
              fast.crashBackOffMax()
            })
        .allSatisfy(delay -> assertThat(delay).isLessThan(Duration.ofSeconds(1)));
  }

  @Test
  void realisticUsesOpenBaosAndKubernetesDefaults() {
    LaneTiming real = LaneTiming.realistic();

    assertThat(real.electionDelay()).isEqualTo(Duration.ofSeconds(5));
    assertThat(real.stepDownHold()).isEqualTo(Duration.ofSeconds(10));
    assertThat(real.autopilotStabilization()).isEqualTo(Duration.ofSeconds(10));
    assertThat(real.autoUnsealRetry()).isEqualTo(Duration.ofSeconds(5));
    assertThat(real.probePeriod()).isEqualTo(Duration.ofSeconds(10));
    assertThat(real.crashBackOff()).isEqualTo(Duration.ofSeconds(10));
    assertThat(real.crashBackOffMax()).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void bothProfilesKeepTheRealOrderOfDelays() {
    for (LaneTiming timing : new LaneTiming[] {LaneTiming.fast(), LaneTiming.realistic()}) {
      assertThat(timing.electionDelay()).isLessThan(timing.stepDownHold());
      assertThat(timing.crashBackOff()).isLessThan(timing.crashBackOffMax());
    }
  }

  @Test
  void crashBackOffDoublesUpToItsCeiling() {
    LaneTiming real = LaneTiming.realistic();

    assertThat(real.crashBackOffAfter(1)).isEqualTo(Duration.ofSeconds(10));
    assertThat(real.crashBackOffAfter(2)).isEqualTo(Duration.ofSeconds(20));
    assertThat(real.crashBackOffAfter(5)).isEqualTo(Duration.ofSeconds(160));
    assertThat(real.crashBackOffAfter(6)).isEqualTo(Duration.ofMinutes(5));
    assertThat(real.crashBackOffAfter(1000)).isEqualTo(Duration.ofMinutes(5));
    assertThatThrownBy(() -> real.crashBackOffAfter(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesZeroOrInvertedDelays() {
    Duration ms = Duration.ofMillis(1);
    assertThatThrownBy(() -> new LaneTiming(Duration.ZERO, ms, ms, ms, ms, ms, ms))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("electionDelay");
    assertThatThrownBy(() -> new LaneTiming(ms, ms, ms, ms, ms, Duration.ofSeconds(2), ms))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("crashBackOffMax");
  }
}
