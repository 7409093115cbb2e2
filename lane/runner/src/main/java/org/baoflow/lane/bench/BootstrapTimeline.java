package org.baoflow.lane.bench;

import com.google.protobuf.Timestamp;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A workflow's activities in order with their durations, read from its history: where a bootstrap
 * spends its time, split into waiting on the cluster (the heartbeating waits) and BaoFlow's own
 * work (every other activity, and the workflow tasks and scheduling in between).
 *
 * @param steps the activities in the order they were scheduled
 * @param total from the workflow's start to its completion
 * @param events the history's length
 */
record BootstrapTimeline(List<Step> steps, Duration total, int events) {
  /** Activities that wait on pods and OpenBao rather than act. */
  static final Set<String> WAITS = Set.of("AwaitPods", "AwaitApi", "AwaitActive", "AwaitVoters");

  /**
   * One activity.
   *
   * @param type its activity type
   * @param duration from scheduled to completed (queueing on the task queue included)
   */
  record Step(String type, Duration duration) {
    boolean waitsOnTheLane() {
      return WAITS.contains(type);
    }
  }

  static BootstrapTimeline of(List<HistoryEvent> history) {
    Map<Long, HistoryEvent> scheduled = new HashMap<>();
    List<Step> steps = new ArrayList<>();
    for (HistoryEvent event : history) {
      if (event.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED) {
        scheduled.put(event.getEventId(), event);
      } else if (event.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED) {
        HistoryEvent start =
            scheduled.get(event.getActivityTaskCompletedEventAttributes().getScheduledEventId());
        steps.add(
            new Step(
                start.getActivityTaskScheduledEventAttributes().getActivityType().getName(),
                between(start.getEventTime(), event.getEventTime())));
      }
    }
    Duration total =
        between(history.get(0).getEventTime(), history.get(history.size() - 1).getEventTime());
    return new BootstrapTimeline(steps, total, history.size());
  }

  /** Time in the heartbeating waits. */
  Duration waiting() {
    return steps.stream()
        .filter(Step::waitsOnTheLane)
        .map(Step::duration)
        .reduce(Duration.ZERO, Duration::plus);
  }

  /** Everything else: BaoFlow's activities, workflow tasks and scheduling. */
  Duration operator() {
    return total.minus(waiting());
  }

  private static Duration between(Timestamp from, Timestamp to) {
    return Duration.ofSeconds(to.getSeconds() - from.getSeconds(), to.getNanos() - from.getNanos());
  }
}
