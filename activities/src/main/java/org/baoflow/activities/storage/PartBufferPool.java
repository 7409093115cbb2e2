package org.baoflow.activities.storage;

import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed number of equal byte buffers, created on first demand and reused: {@link #acquire()}
 * blocks while all of them are taken, so memory stays at most {@code capacity × bufferSize}
 * whatever the stream's length. {@link #allocated()} and {@link #peakInUse()} make the bound
 * observable. Thread-safe.
 */
public final class PartBufferPool {

  private final int capacity;
  private final int bufferSize;
  private final Semaphore available;
  private final ConcurrentLinkedQueue<byte[]> free = new ConcurrentLinkedQueue<>();
  private final AtomicInteger allocated = new AtomicInteger();
  private final AtomicInteger inUse = new AtomicInteger();
  private final AtomicInteger peakInUse = new AtomicInteger();

  /**
   * @param capacity the most buffers that ever exist, at least 1
   * @param bufferSize the size of each buffer in bytes, at least 1
   */
  public PartBufferPool(int capacity, int bufferSize) {
    if (capacity < 1 || bufferSize < 1) {
      throw new IllegalArgumentException(
          "capacity and bufferSize must be positive, got " + capacity + " and " + bufferSize);
    }
    this.capacity = capacity;
    this.bufferSize = bufferSize;
    this.available = new Semaphore(capacity);
  }

  /** A pool sized for one upload with these settings. */
  public static PartBufferPool forSettings(MultipartSettings settings) {
    return new PartBufferPool(settings.bufferCount(), settings.partSize());
  }

  /** Takes a buffer, waiting while all {@link #capacity()} buffers are in use. */
  public byte[] acquire() throws InterruptedException {
    available.acquire();
    byte[] buffer = free.poll();
    if (buffer == null) {
      allocated.incrementAndGet();
      buffer = new byte[bufferSize];
    }
    peakInUse.accumulateAndGet(inUse.incrementAndGet(), Math::max);
    return buffer;
  }

  /** Returns a buffer taken with {@link #acquire()}. */
  public void release(byte[] buffer) {
    Objects.requireNonNull(buffer, "buffer");
    if (buffer.length != bufferSize) {
      throw new IllegalArgumentException("this buffer does not belong to the pool");
    }
    inUse.decrementAndGet();
    free.add(buffer);
    available.release();
  }

  /** The most buffers that ever exist at once. */
  public int capacity() {
    return capacity;
  }

  /** The size of each buffer. */
  public int bufferSize() {
    return bufferSize;
  }

  /** How many buffers this pool has created so far; never more than {@link #capacity()}. */
  public int allocated() {
    return allocated.get();
  }

  /** The most buffers that were taken at the same time so far. */
  public int peakInUse() {
    return peakInUse.get();
  }

  /** How many buffers are taken right now. */
  public int inUse() {
    return inUse.get();
  }
}
