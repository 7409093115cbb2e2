package org.baoflow.lane.sim.harness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Starts the lane's components side by side: most of each start is first-time class loading and
 * initialisation (Vert.x and netty for the API servers, Jetty and jclouds for S3Proxy, gRPC and
 * protobuf for Temporal), which share little, so the lane is up after about its slowest component.
 * If one fails, the ones that started are closed and the first failure is thrown.
 */
final class ParallelStart {
  private static final int MAX_THREADS = 4;

  private record Task(String name, CompletableFuture<AutoCloseable> result) {}

  private final List<Task> tasks = new ArrayList<>();
  private final Map<String, Duration> times = new LinkedHashMap<>();
  private final ExecutorService executor = Executors.newFixedThreadPool(MAX_THREADS, daemons());

  /** Starts {@code component} on the executor. */
  void submit(String name, Supplier<? extends AutoCloseable> component) {
    tasks.add(
        new Task(
            name,
            CompletableFuture.supplyAsync(
                () -> {
                  long started = System.nanoTime();
                  AutoCloseable up = component.get();
                  record(name, Duration.ofNanos(System.nanoTime() - started));
                  return up;
                },
                executor)));
  }

  /** Waits for every component; all of them by name, in submission order. */
  Map<String, AutoCloseable> awaitAll() {
    try {
      CompletableFuture.allOf(tasks.stream().map(Task::result).toArray(CompletableFuture<?>[]::new))
          .exceptionally(failure -> null)
          .join();
      Map<String, AutoCloseable> started = new LinkedHashMap<>();
      List<AutoCloseable> toClose = new ArrayList<>();
      RuntimeException failure = null;
      for (Task task : tasks) {
        try {
          AutoCloseable component = task.result().join();
          started.put(task.name(), component);
          toClose.add(component);
        } catch (CompletionException e) {
          RuntimeException cause =
              new IllegalStateException(
                  "lane component " + task.name() + " did not start", e.getCause());
          if (failure == null) {
            failure = cause;
          } else {
            failure.addSuppressed(cause);
          }
        }
      }
      if (failure != null) {
        try {
          Closing.all(toClose, "a lane component did not close after a failed start");
        } catch (RuntimeException e) {
          failure.addSuppressed(e);
        }
        throw failure;
      }
      return started;
    } finally {
      executor.shutdown();
    }
  }

  /** Each component's start time, in submission order. */
  synchronized Map<String, Duration> times() {
    Map<String, Duration> ordered = new LinkedHashMap<>();
    tasks.forEach(task -> ordered.put(task.name(), times.get(task.name())));
    return ordered;
  }

  private synchronized void record(String name, Duration time) {
    times.put(name, time);
  }

  private static ThreadFactory daemons() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "lane-start-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
