package org.baoflow.worker.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import com.uber.m3.tally.DurationBuckets;
import com.uber.m3.tally.RootScopeBuilder;
import com.uber.m3.tally.Scope;
import com.uber.m3.tally.ValueBuckets;
import com.uber.m3.util.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DropwizardStatsReporterTest {
  private final MetricRegistry registry = new MetricRegistry();

  /**
   * Reports when the scope closes, and once more at its start: Tally runs its report loop at once
   * on a thread of its own, and that first run may still be reporting what the test recorded when
   * {@code close()} returns. Assertions therefore wait for the report ({@link #eventually}).
   */
  private Scope scope() {
    return new RootScopeBuilder()
        .reporter(new DropwizardStatsReporter(registry))
        .reportEvery(Duration.ofSeconds(3600));
  }

  /** Retries {@code check} until it passes, for at most ten seconds. */
  private static void eventually(Runnable check) throws InterruptedException {
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
    while (true) {
      try {
        check.run();
        return;
      } catch (AssertionError e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(10);
      }
    }
  }

  @Test
  void countersAddUpTheIncrementsWithTagsAsLabels() throws Exception {
    Scope scope = scope();
    Scope tagged = scope.tagged(Map.of("namespace", "default", "operation", "Poll"));
    tagged.counter("temporal_request").inc(2);
    tagged.counter("temporal_request").inc(3);
    scope.close();

    eventually(
        () ->
            assertThat(
                    registry
                        .counter("temporal_request{namespace=\"default\",operation=\"Poll\"}")
                        .getCount())
                .isEqualTo(5));
  }

  @Test
  void gaugesKeepTheLastValue() throws Exception {
    Scope scope = scope();
    scope.gauge("temporal_num_pollers").update(4);
    scope.gauge("temporal_num_pollers").update(2);
    scope.close();

    eventually(
        () ->
            assertThat(PrometheusTextFormat.render(registry)).contains("temporal_num_pollers 2\n"));
  }

  @Test
  void timersRecordEachDuration() throws Exception {
    Scope scope = scope();
    scope.timer("temporal_request_latency").record(Duration.ofMillis(250));
    scope.close();

    var timer = registry.timer("temporal_request_latency");
    eventually(() -> assertThat(timer.getCount()).isEqualTo(1));
    assertThat(timer.getSnapshot().getMax()).isEqualTo(250_000_000L);
  }

  @Test
  void valueHistogramsRecordSamplesAtTheirBucketsUpperBound() throws Exception {
    Scope scope = scope();
    var histogram = scope.histogram("batch", ValueBuckets.linear(0, 10, 3));
    histogram.recordValue(5);
    histogram.recordValue(7);
    scope.close();

    var recorded = registry.histogram("batch");
    eventually(() -> assertThat(recorded.getCount()).isEqualTo(2));
    assertThat(recorded.getSnapshot().getValues()).containsOnly(10L);
  }

  @Test
  void durationHistogramsBecomeTimers() throws Exception {
    Scope scope = scope();
    var histogram =
        scope.histogram(
            "schedule_to_start", DurationBuckets.linear(Duration.ZERO, Duration.ofMillis(100), 3));
    histogram.recordDuration(Duration.ofMillis(150));
    scope.close();

    var timer = registry.timer("schedule_to_start");
    eventually(() -> assertThat(timer.getCount()).isEqualTo(1));
    assertThat(timer.getSnapshot().getMax()).isEqualTo(200_000_000L);
  }
}
