package org.baoflow.lane.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches this JVM's heap while one upload runs: the most heap in use, sampled every {@value
 * #SAMPLE_MILLIS} ms (garbage included, so it grows with the heap the collector is allowed to use),
 * and the most heap still in use right after a collection (what the upload really keeps alive).
 */
final class HeapSampler implements AutoCloseable {

  // Every collection reports the heap just before it, the real tops; sampling only adds the tops
  // between collections. At 5 ms it took 2% of the worker's CPU (perf), from our upload alone.
  private static final long SAMPLE_MILLIS = 50;

  private final Set<String> heapPools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(pool -> pool.getType() == MemoryType.HEAP)
          .map(MemoryPoolMXBean::getName)
          .collect(Collectors.toUnmodifiableSet());
  private final AtomicLong peakUsed = new AtomicLong();
  private final AtomicLong peakAfterGc = new AtomicLong();
  private final AtomicLong collections = new AtomicLong();
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener afterGc = this::onCollection;
  private final Thread sampler;
  private volatile boolean running = true;

  private HeapSampler() {
    sampler = new Thread(this::sample, "heap-sampler");
    sampler.setDaemon(true);
  }

  /** The heap in use once garbage is collected: the baseline a run is compared with. */
  static long idleHeap() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return usedNow();
  }

  /** Starts watching. */
  static HeapSampler start() {
    HeapSampler heap = new HeapSampler();
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(heap.afterGc, null, null);
        heap.emitters.add(emitter);
      }
    }
    heap.peakUsed.set(usedNow());
    heap.sampler.start();
    return heap;
  }

  /** Stops watching and returns what it saw. */
  HeapPeak stop() throws InterruptedException {
    close();
    sampler.join();
    long used = usedNow();
    return new HeapPeak(Math.max(peakUsed.get(), used), peakAfterGc.get(), collections.get());
  }

  @Override
  public void close() {
    running = false;
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(afterGc);
      } catch (ListenerNotFoundException e) {
        // Already removed by an earlier close.
      }
    }
    emitters.clear();
  }

  private void sample() {
    while (running) {
      peakUsed.accumulateAndGet(usedNow(), Math::max);
      try {
        Thread.sleep(SAMPLE_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void onCollection(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
        notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long after = 0;
    long before = 0;
    for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
      if (heapPools.contains(pool.getKey())) {
        after += pool.getValue().getUsed();
      }
    }
    for (var pool : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
      if (heapPools.contains(pool.getKey())) {
        before += pool.getValue().getUsed();
      }
    }
    collections.incrementAndGet();
    peakAfterGc.accumulateAndGet(after, Math::max);
    // The heap just before a collection is the real top, which sampling may fall between.
    peakUsed.accumulateAndGet(before, Math::max);
  }

  private static long usedNow() {
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    return heap.getUsed();
  }

  /**
   * What one run used.
   *
   * @param peakUsed the most heap in use, garbage included
   * @param peakAfterGc the most heap in use right after a collection during the run, 0 if none ran
   * @param collections how many collections ran
   */
  record HeapPeak(long peakUsed, long peakAfterGc, long collections) {}
}
