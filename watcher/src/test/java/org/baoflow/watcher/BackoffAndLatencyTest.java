package org.baoflow.watcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffAndLatencyTest {

  @Test
  void backoffDoublesUpToItsCapAndResets() {
    Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(500));

    assertThat(backoff.next()).isEqualTo(Duration.ofMillis(100));
    assertThat(backoff.next()).isEqualTo(Duration.ofMillis(200));
    assertThat(backoff.next()).isEqualTo(Duration.ofMillis(400));
    assertThat(backoff.next()).isEqualTo(Duration.ofMillis(500));
    assertThat(backoff.next()).isEqualTo(Duration.ofMillis(500));
    backoff.reset();
    assertThat(backoff.next()).isEqualTo(Duration.ofMillis(100));
  }

  @Test
  void percentilesByNearestRank() {
    LatencyRecorder recorder = new LatencyRecorder();
    for (int millis = 100; millis >= 1; millis--) {
      recorder.record(Duration.ofMillis(millis).toNanos());
    }

    assertThat(recorder.count()).isEqualTo(100);
    assertThat(recorder.p50()).isEqualTo(Duration.ofMillis(50));
    assertThat(recorder.p99()).isEqualTo(Duration.ofMillis(99));
    assertThat(recorder.percentile(100)).isEqualTo(Duration.ofMillis(100));
  }

  @Test
  void percentilesKeepOnlyTheLatestSamples() {
    LatencyRecorder recorder = new LatencyRecorder();
    for (int i = 0; i < LatencyRecorder.CAPACITY; i++) {
      recorder.record(Duration.ofSeconds(10).toNanos());
    }
    for (int i = 0; i < LatencyRecorder.CAPACITY; i++) {
      recorder.record(Duration.ofMillis(1).toNanos());
    }

    assertThat(recorder.p99()).isEqualTo(Duration.ofMillis(1));
    assertThat(new LatencyRecorder().p50()).isEqualTo(Duration.ZERO);
  }
}
