package org.baoflow.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.codahale.metrics.MetricRegistry;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkerHttpServerTest {
  private final MetricRegistry metrics = new MetricRegistry();
  private final AtomicReference<Readiness> readiness =
      new AtomicReference<>(Readiness.notReady("not started"));
  private final WorkerHttpServer server = WorkerHttpServer.start(0, metrics, readiness::get);

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void healthzAnswersWhileTheServerRuns() {
    HttpResponse<String> response = HttpProbe.get(server.port(), "/healthz");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("ok\n");
  }

  @Test
  void readyzFollowsTheReadinessWithItsReason() {
    HttpResponse<String> before = HttpProbe.get(server.port(), "/readyz");
    readiness.set(Readiness.ready("polling task queue baoflow"));
    HttpResponse<String> after = HttpProbe.get(server.port(), "/readyz");

    assertThat(before.statusCode()).isEqualTo(503);
    assertThat(before.body()).isEqualTo("not started\n");
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(after.body()).isEqualTo("polling task queue baoflow\n");
  }

  @Test
  void metricsServesTheRegistryAsPrometheusText() {
    metrics.counter("baoflow_test_total").inc(7);

    HttpResponse<String> response = HttpProbe.get(server.port(), "/metrics");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .contains("text/plain; version=0.0.4; charset=utf-8");
    assertThat(response.body())
        .contains("# TYPE baoflow_test_total counter\nbaoflow_test_total 7\n");
  }

  @Test
  void onlyGetIsAllowedAndOnlyOnTheExactPaths() {
    assertThat(HttpProbe.send(server.port(), "/metrics", "POST").statusCode()).isEqualTo(405);
    assertThat(HttpProbe.get(server.port(), "/healthz/extra").statusCode()).isEqualTo(404);
    assertThat(HttpProbe.get(server.port(), "/").statusCode()).isEqualTo(404);
  }

  @Test
  void afterCloseNothingAnswers() {
    int port = server.port();
    server.close();

    assertThatThrownBy(() -> HttpProbe.get(port, "/healthz"))
        .isInstanceOf(UncheckedIOException.class);
  }
}
