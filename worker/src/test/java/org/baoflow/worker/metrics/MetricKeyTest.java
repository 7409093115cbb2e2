package org.baoflow.worker.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricKeyTest {

  @Test
  void encodesSortedLabelsInPrometheusForm() {
    MetricKey key =
        MetricKey.of("temporal_request", Map.of("operation", "Poll", "namespace", "default"));

    assertThat(key.encode())
        .isEqualTo("temporal_request{namespace=\"default\",operation=\"Poll\"}");
  }

  @Test
  void parsesWhatItEncodesEscapesIncluded() {
    MetricKey key =
        MetricKey.of(
            "m", Map.of("quote", "a\"b", "slash", "c\\d", "newline", "e\nf", "comma", "g,h"));

    assertThat(MetricKey.parse(key.encode())).isEqualTo(key);
  }

  @Test
  void aPlainNameHasNoLabels() {
    assertThat(MetricKey.parse("baoflow_worker_ready"))
        .isEqualTo(MetricKey.of("baoflow_worker_ready", Map.of()));
  }

  @Test
  void namesAndLabelKeysBecomeValidPrometheusNames() {
    MetricKey key = MetricKey.of("temporal.request-latency", Map.of("task-queue", "q"));

    assertThat(key.encode()).isEqualTo("temporal_request_latency{task_queue=\"q\"}");
    assertThat(MetricKey.of("2xx", Map.of()).name()).isEqualTo("_2xx");
  }
}
