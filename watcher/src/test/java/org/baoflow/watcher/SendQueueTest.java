package org.baoflow.watcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.baoflow.workflows.cluster.DeletionObserved;
import org.baoflow.workflows.ids.ClusterWorkflowIds;
import org.junit.jupiter.api.Test;

class SendQueueTest {
  private static final ResourceKey FIRST = new ResourceKey("OpenBaoCluster", "ns", "a", "uid-a");
  private static final ResourceKey SECOND = new ResourceKey("OpenBaoCluster", "ns", "b", "uid-b");

  @Test
  void aNewerStateReplacesTheWaitingOneInPlace() throws InterruptedException {
    SendQueue queue = new SendQueue();
    queue.gate(true);
    queue.offer(send(FIRST, "1"));
    queue.offer(send(SECOND, "1"));
    queue.offer(send(FIRST, "2"));

    assertThat(queue.size()).isEqualTo(2);
    assertThat(queue.awaitHead()).isEqualTo(send(FIRST, "2"));
  }

  @Test
  void completingAReplacedSendKeepsTheNewerState() throws InterruptedException {
    SendQueue queue = new SendQueue();
    queue.gate(true);
    PendingSend old = send(FIRST, "1");
    queue.offer(old);
    PendingSend head = queue.awaitHead();
    queue.offer(send(FIRST, "2"));

    queue.complete(head);

    assertThat(queue.awaitHead()).isEqualTo(send(FIRST, "2"));
    queue.complete(send(FIRST, "2"));
    assertThat(queue.size()).isZero();
  }

  @Test
  void aClosedGateHoldsSendsBackUntilItOpens() throws InterruptedException {
    SendQueue queue = new SendQueue();
    queue.offer(send(FIRST, "1"));
    Thread opener =
        new Thread(
            () -> {
              try {
                Thread.sleep(100);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              queue.gate(true);
            });
    long started = System.nanoTime();
    opener.start();

    assertThat(queue.awaitHead()).isEqualTo(send(FIRST, "1"));
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(50));
  }

  @Test
  void closingEndsWaitsAndPauses() throws InterruptedException {
    SendQueue queue = new SendQueue();
    queue.close();

    assertThat(queue.awaitHead()).isNull();
    assertThat(queue.pause(Duration.ofSeconds(5))).isFalse();
  }

  private static PendingSend send(ResourceKey key, String fingerprint) {
    return new PendingSend(
        key,
        fingerprint,
        new Observation.Gone(
            new ClusterWorkflowIds("local", key.namespace(), key.name()),
            new DeletionObserved(key.uid(), true)),
        0);
  }
}
