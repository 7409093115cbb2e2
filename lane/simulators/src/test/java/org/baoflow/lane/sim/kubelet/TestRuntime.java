package org.baoflow.lane.sim.kubelet;

import io.fabric8.kubernetes.api.model.Pod;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A container runtime whose containers tests make ready, unready or crash by hand. */
final class TestRuntime implements ContainerRuntime {
  private final boolean readyOnStart;
  private final AtomicInteger ports = new AtomicInteger(41000);
  private final List<String> starts = new CopyOnWriteArrayList<>();
  private final List<String> stops = new CopyOnWriteArrayList<>();
  private final Map<String, TestContainer> latest = new ConcurrentHashMap<>();

  TestRuntime(boolean readyOnStart) {
    this.readyOnStart = readyOnStart;
  }

  private volatile String startFailure;

  /** Makes every following start throw with {@code message}; null lets starts succeed again. */
  void failStarts(String message) {
    startFailure = message;
  }

  @Override
  public RunningContainer start(Pod pod) {
    if (startFailure != null) {
      throw new IllegalStateException(startFailure);
    }
    String name = pod.getMetadata().getName();
    TestContainer container =
        new TestContainer(
            name, pod.getSpec().getContainers().get(0).getImage(), ports.incrementAndGet());
    container.ready = readyOnStart;
    starts.add(name + "@" + container.image);
    latest.put(name, container);
    return container;
  }

  /** Pod names with images, in the order their containers started. */
  List<String> starts() {
    return List.copyOf(starts);
  }

  /** Pod names in the order their containers were stopped. */
  List<String> stops() {
    return List.copyOf(stops);
  }

  TestContainer container(String pod) {
    return latest.get(pod);
  }

  final class TestContainer implements RunningContainer {
    private final String pod;
    private final String image;
    private final int port;
    private volatile boolean ready;
    private volatile OptionalInt exitCode = OptionalInt.empty();
    private volatile boolean stopped;

    TestContainer(String pod, String image, int port) {
      this.pod = pod;
      this.image = image;
      this.port = port;
    }

    void ready(boolean ready) {
      this.ready = ready;
    }

    void crash(int code) {
      exitCode = OptionalInt.of(code);
    }

    boolean stopped() {
      return stopped;
    }

    @Override
    public int port() {
      return port;
    }

    @Override
    public boolean ready() {
      return ready;
    }

    @Override
    public OptionalInt exitCode() {
      return exitCode;
    }

    @Override
    public void stop(Duration gracePeriod) {
      stopped = true;
      stops.add(pod);
    }
  }
}
