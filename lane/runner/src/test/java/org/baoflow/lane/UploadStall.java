package org.baoflow.lane;

import io.temporal.activity.ActivityExecutionContext;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptor;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptorBase;
import io.temporal.common.interceptors.WorkerInterceptorBase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A worker interceptor that stops one snapshot upload in the middle: once armed for a workflow, the
 * first heartbeat of that workflow's {@code StreamSnapshot} activity (sent after the first part is
 * stored, so a multipart upload is open) tells the test and then blocks the activity's thread until
 * the worker is killed. Every worker of a lane shares one instance, so the retry on the next worker
 * runs freely.
 */
final class UploadStall extends WorkerInterceptorBase {
  private static final String STREAM_SNAPSHOT = "StreamSnapshot";

  private String workflowId;
  private CompletableFuture<Void> stalled = new CompletableFuture<>();
  private final CountDownLatch never = new CountDownLatch(1);

  /** Stalls the next snapshot upload of {@code workflowId} at its first heartbeat. */
  synchronized void arm(String workflowId) {
    this.workflowId = workflowId;
    this.stalled = new CompletableFuture<>();
  }

  /** Waits until the armed upload stalls. */
  void awaitStalled(Duration timeout) {
    CompletableFuture<Void> armed;
    synchronized (this) {
      armed = stalled;
    }
    try {
      armed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("no snapshot upload stalled within " + timeout, e);
    } catch (ExecutionException e) {
      throw new AssertionError(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** Whether this heartbeat is the armed one; disarms when it is. */
  private synchronized CompletableFuture<Void> claim(ActivityExecutionContext context) {
    if (workflowId == null
        || !workflowId.equals(context.getInfo().getWorkflowId())
        || !STREAM_SNAPSHOT.equals(context.getInfo().getActivityType())) {
      return null;
    }
    workflowId = null;
    return stalled;
  }

  private void heartbeat(ActivityExecutionContext context) {
    CompletableFuture<Void> armed = claim(context);
    if (armed == null) {
      return;
    }
    armed.complete(null);
    try {
      // Until the worker is killed: its interruption ends this attempt as a killed process would.
      never.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the worker was killed mid-upload", e);
    }
  }

  @Override
  public ActivityInboundCallsInterceptor interceptActivity(ActivityInboundCallsInterceptor next) {
    return new ActivityInboundCallsInterceptorBase(next) {
      @Override
      public void init(ActivityExecutionContext context) {
        super.init(watched(context));
      }
    };
  }

  /** {@code context}, its heartbeats passing through {@link #heartbeat} first. */
  private ActivityExecutionContext watched(ActivityExecutionContext context) {
    return (ActivityExecutionContext)
        Proxy.newProxyInstance(
            ActivityExecutionContext.class.getClassLoader(),
            new Class<?>[] {ActivityExecutionContext.class},
            (proxy, method, arguments) -> {
              if (method.getName().equals("heartbeat")) {
                heartbeat(context);
              }
              try {
                return method.invoke(context, arguments);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
