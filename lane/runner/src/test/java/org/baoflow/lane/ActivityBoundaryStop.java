package org.baoflow.lane;

import io.temporal.activity.ActivityExecutionContext;
import io.temporal.activity.ActivityInfo;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptor;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptorBase;
import io.temporal.common.interceptors.WorkerInterceptorBase;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A worker interceptor that holds back the completion of one chosen activity: once armed for a
 * workflow and a count k, the k-th activity of that workflow that returns is not reported to
 * Temporal ({@code doNotCompleteOnReturn}); its result and task token go to the test instead, which
 * kills the worker and then decides what Temporal learns. Every worker of a lane shares one
 * instance, so it fires once however many workers come and go.
 */
final class ActivityBoundaryStop extends WorkerInterceptorBase {
  /** An activity that returned and was not reported. */
  record Boundary(String activityType, byte[] taskToken, Object result) {}

  private String workflowId;
  private int count;
  private int returned;
  private CompletableFuture<Boundary> fired = new CompletableFuture<>();

  /** Fires at the {@code count}-th activity of {@code workflowId} that returns (from 1). */
  synchronized void arm(String workflowId, int count) {
    this.workflowId = workflowId;
    this.count = count;
    this.returned = 0;
    this.fired = new CompletableFuture<>();
  }

  /** Waits until the armed activity returned; then nothing more fires until the next arm. */
  Boundary awaitFired(Duration timeout) {
    CompletableFuture<Boundary> armed;
    synchronized (this) {
      armed = fired;
    }
    try {
      return armed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("no activity boundary reached within " + timeout, e);
    } catch (ExecutionException e) {
      throw new AssertionError(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** Whether the activity that just returned is the armed one; disarms when it is. */
  private synchronized CompletableFuture<Boundary> returned(ActivityInfo info) {
    if (workflowId == null || info.isLocal() || !workflowId.equals(info.getWorkflowId())) {
      return null;
    }
    returned++;
    if (returned < count) {
      return null;
    }
    workflowId = null;
    return fired;
  }

  @Override
  public ActivityInboundCallsInterceptor interceptActivity(ActivityInboundCallsInterceptor next) {
    return new ActivityInboundCallsInterceptorBase(next) {
      private ActivityExecutionContext context;

      @Override
      public void init(ActivityExecutionContext context) {
        this.context = context;
        super.init(context);
      }

      @Override
      public ActivityOutput execute(ActivityInput input) {
        ActivityOutput output = super.execute(input);
        CompletableFuture<Boundary> boundary = returned(context.getInfo());
        if (boundary != null) {
          context.doNotCompleteOnReturn();
          boundary.complete(
              new Boundary(
                  context.getInfo().getActivityType(),
                  context.getInfo().getTaskToken(),
                  output.getResult()));
        }
        return output;
      }
    };
  }
}
