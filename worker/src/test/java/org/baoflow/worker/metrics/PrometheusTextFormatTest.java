package org.baoflow.worker.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PrometheusTextFormatTest {
  private final MetricRegistry registry = new MetricRegistry();

  @Test
  void countersAndMetersAreCountersWithTheirLabels() {
    registry.counter(MetricKey.of("requests", Map.of("op", "poll")).encode()).inc(3);
    registry.counter(MetricKey.of("requests", Map.of("op", "start")).encode()).inc();
    registry.meter("applies").mark(2);

    assertThat(PrometheusTextFormat.render(registry))
        .isEqualTo(
            """
            # TYPE applies counter
            applies 2
            # TYPE requests counter
            requests{op="poll"} 3
            requests{op="start"} 1
            """);
  }

  @Test
  void numericAndBooleanGaugesAreGaugesOthersAreLeftOut() {
    registry.gauge("ready", () -> (Gauge<Boolean>) () -> true);
    registry.gauge("ratio", () -> (Gauge<Double>) () -> 0.25);
    registry.gauge("name", () -> (Gauge<String>) () -> "text");

    assertThat(PrometheusTextFormat.render(registry))
        .isEqualTo(
            """
            # TYPE ratio gauge
            ratio 0.25
            # TYPE ready gauge
            ready 1
            """);
  }

  @Test
  void timersAreSummariesInSeconds() {
    var timer = registry.timer(MetricKey.of("latency", Map.of("op", "poll")).encode());
    timer.update(2, TimeUnit.SECONDS);
    timer.update(2, TimeUnit.SECONDS);

    assertThat(PrometheusTextFormat.render(registry))
        .isEqualTo(
            """
            # TYPE latency_seconds summary
            latency_seconds{op="poll",quantile="0.5"} 2
            latency_seconds{op="poll",quantile="0.75"} 2
            latency_seconds{op="poll",quantile="0.95"} 2
            latency_seconds{op="poll",quantile="0.99"} 2
            latency_seconds_count{op="poll"} 2
            """);
  }

  @Test
  void histogramsAreSummaries() {
    var histogram = registry.histogram("batch_size");
    for (int i = 1; i <= 100; i++) {
      histogram.update(i);
    }

    String text = PrometheusTextFormat.render(registry);

    assertThat(text)
        .startsWith("# TYPE batch_size summary\n")
        .contains("batch_size{quantile=\"0.5\"} 50")
        .contains("batch_size{quantile=\"0.99\"} 99")
        .endsWith("batch_size_count 100\n");
  }

  @Test
  void anEmptyRegistryIsAnEmptyExposition() {
    assertThat(PrometheusTextFormat.render(registry)).isEmpty();
  }
}
