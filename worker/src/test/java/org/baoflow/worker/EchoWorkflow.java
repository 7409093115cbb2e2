package org.baoflow.worker;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** A workflow that runs one activity: enough to see a worker poll, execute and report. */
@WorkflowInterface
public interface EchoWorkflow {
  @WorkflowMethod
  String echo(String text);

  /** Upper-cases the text in an activity. */
  class Impl implements EchoWorkflow {
    private final Activities activities =
        Workflow.newActivityStub(
            Activities.class,
            ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(10)).build());

    @Override
    public String echo(String text) {
      return activities.upperCase(text);
    }
  }

  /** The activity. */
  @ActivityInterface
  interface Activities {
    String upperCase(String text);
  }

  /** The activity's implementation. */
  class ActivitiesImpl implements Activities {
    @Override
    public String upperCase(String text) {
      return text.toUpperCase(Locale.ROOT);
    }
  }

  /** The components of a worker that runs this workflow. */
  static WorkerComponents components() {
    return new WorkerComponents(List.of(Impl.class), List.of(new ActivitiesImpl()));
  }
}
