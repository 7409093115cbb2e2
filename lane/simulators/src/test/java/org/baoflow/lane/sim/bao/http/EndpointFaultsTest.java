package org.baoflow.lane.sim.bao.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.baoflow.lane.sim.bao.faults.BaoFaultAction;
import org.baoflow.lane.sim.bao.faults.BaoFaultTarget;
import org.baoflow.lane.sim.bao.faults.BaoFaults;
import org.baoflow.lane.sim.bao.http.NodeFixture.Node;
import org.baoflow.lane.sim.bao.http.NodeFixture.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lane's endpoint faults as a client sees them over HTTPS. */
class EndpointFaultsTest {
  private final NodeFixture lane = new NodeFixture();
  private final BaoFaults faults = lane.environment.network().faults();
  private Node bao0;
  private Node bao1;

  @BeforeEach
  void twoNodes() {
    bao0 = lane.start("bao-0");
    bao1 = lane.start("bao-1");
    assertThat(lane.post(bao0, "sys/init", "{}").status()).isEqualTo(200);
  }

  @AfterEach
  void close() {
    lane.close();
  }

  @Test
  void theNextRequestsToOneNodesPathFailWithAnOpenBaoErrorBodyThenItServesAgain() {
    faults.failNext(2, BaoFaultTarget.node("bao-0", "sys/health"), 500, "injected by the lane");

    assertThat(lane.get(bao0, "sys/seal-status").status()).isEqualTo(200);
    assertThat(lane.get(bao1, "sys/health").status()).isEqualTo(501);
    for (int i = 0; i < 2; i++) {
      Response failed = lane.get(bao0, "sys/health?standbyok=true");
      assertThat(failed.status()).isEqualTo(500);
      assertThat(failed.json().toString()).isEqualTo("{\"errors\":[\"injected by the lane\"]}");
    }
    assertThat(lane.get(bao0, "sys/health").status()).isEqualTo(200);
    assertThat(faults.pending()).isFalse();
    assertThat(faults.injectedCount()).isEqualTo(2);
  }

  @Test
  void aPrefixForAnyNodeFailsEveryMatchingPathUntilCleared() {
    faults.failUntilCleared(BaoFaultTarget.anyNode("sys/"), 503, "Vault is sealed");

    for (int i = 0; i < 3; i++) {
      assertThat(lane.get(bao0, "sys/leader").status()).isEqualTo(503);
      assertThat(lane.get(bao1, "sys/seal-status").status()).isEqualTo(503);
    }
    assertThat(lane.get(bao0, "auth/token/lookup-self").status()).isNotEqualTo(503);
    assertThat(faults.pending()).isTrue();

    faults.clear();
    assertThat(lane.get(bao0, "sys/leader").status()).isEqualTo(200);
  }

  @Test
  void kubeletProbesAreLeftAloneUnlessTheTargetIncludesThem() {
    faults.failNext(1, BaoFaultTarget.node("bao-0", "sys/health"), 500, "not for probes");

    assertThat(lane.get(bao0, "sys/health", "User-Agent", "kube-probe/1.33").status())
        .isEqualTo(200);
    assertThat(lane.get(bao0, "sys/health").status()).isEqualTo(500);

    faults.failNext(
        1, BaoFaultTarget.node("bao-0", "sys/health").includingProbes(), 500, "for probes too");
    assertThat(lane.get(bao0, "sys/health", "User-Agent", "kube-probe/1.33").status())
        .isEqualTo(500);
  }

  @Test
  void aHungRequestOutlastsAShortClientTimeoutAndTheNextOneIsServed() throws Exception {
    faults.hangNext(1, BaoFaultTarget.node("bao-0", "sys/health"), Duration.ofSeconds(3));

    assertThatThrownBy(() -> lane.getWithin(bao0, "sys/health", Duration.ofMillis(300)))
        .isInstanceOf(HttpTimeoutException.class);
    HttpResponse<String> next = lane.getWithin(bao0, "sys/health", Duration.ofMillis(2000));
    assertThat(next.statusCode()).isEqualTo(200);
  }

  @Test
  void aHangShorterThanTheClientsPatienceDelaysTheNormalAnswer() throws Exception {
    faults.hangUntilCleared(BaoFaultTarget.anyNode("sys/seal-status"), Duration.ofMillis(300));

    long started = System.nanoTime();
    HttpResponse<String> answer = lane.getWithin(bao1, "sys/seal-status", Duration.ofSeconds(5));

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("\"initialized\":false");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(300));
  }

  @Test
  void rulesRejectWhatOpenBaoCouldNotAnswer() {
    assertThatThrownBy(() -> new BaoFaultAction.Fail(200, java.util.List.of("fine")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BaoFaultAction.Hang(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> faults.failNext(0, BaoFaultTarget.anyNode(""), 500, "never"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BaoFaultTarget.anyNode("/v1/sys/health"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
