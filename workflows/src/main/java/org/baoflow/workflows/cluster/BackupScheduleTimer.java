package org.baoflow.workflows.cluster;

import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.TimerOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.baoflow.api.validation.CronSchedule;
import org.baoflow.workflows.backup.ScheduleCatchUp;

/**
 * The durable timer to the next fire of {@code spec.backup.schedule} (UTC), and the fire that is
 * due. A fire that passes while another operation runs, while the cluster is paused or while no
 * worker runs stays due until a backup takes it; later fires missed meanwhile fold into it (the
 * latest counts), so a long outage gives one catch-up backup, never a burst. A new or changed
 * schedule counts from the moment it is seen, so it never fires for times before it existed.
 */
final class BackupScheduleTimer {
  private String schedule;
  private long handledMillis;
  private long dueMillis;
  private long nextMillis;
  private boolean armed;
  private CancellationScope timer;

  /** Restores what continue-as-new carried; {@link #follow} arms it. */
  BackupScheduleTimer(String schedule, long handledMillis, long dueMillis) {
    this.schedule = schedule;
    this.handledMillis = handledMillis;
    this.dueMillis = dueMillis;
  }

  /**
   * Follows {@code expression}, the schedule of the spec operations act on ({@code null}: none): a
   * change takes effect now, and the first call arms the timer.
   */
  void follow(String expression) {
    if (!Objects.equals(expression, schedule)) {
      schedule = expression;
      handledMillis = Workflow.currentTimeMillis();
      dueMillis = 0;
    } else if (armed) {
      return;
    }
    rearm();
  }

  /** The fire a backup should run for now, or 0. */
  long dueMillis() {
    return dueMillis;
  }

  /** The fire the timer waits for, or 0 when there is none. */
  long nextMillis() {
    return nextMillis;
  }

  /** A backup took the due fire. */
  void taken() {
    handledMillis = dueMillis;
    dueMillis = 0;
  }

  String schedule() {
    return schedule;
  }

  long handledMillis() {
    return handledMillis;
  }

  private void rearm() {
    armed = true;
    if (timer != null) {
      timer.cancel();
      timer = null;
    }
    nextMillis = 0;
    CronSchedule cron = parse(schedule);
    if (cron == null) {
      dueMillis = 0;
      return;
    }
    long now = Workflow.currentTimeMillis();
    ScheduleCatchUp plan =
        ScheduleCatchUp.at(cron, Instant.ofEpochMilli(handledMillis), Instant.ofEpochMilli(now));
    plan.due().ifPresent(fire -> dueMillis = fire.toEpochMilli());
    if (plan.next().isEmpty()) {
      return;
    }
    long next = plan.next().get().toEpochMilli();
    nextMillis = next;
    TimerOptions options =
        TimerOptions.newBuilder()
            .setSummary("next backup at " + Instant.ofEpochMilli(next))
            .build();
    CancellationScope scope =
        Workflow.newCancellationScope(
            () ->
                Workflow.newTimer(Duration.ofMillis(Math.max(1, next - now)), options)
                    .handle(
                        (fired, cancelled) -> {
                          if (cancelled == null && nextMillis == next) {
                            rearm();
                          }
                          return null;
                        }));
    timer = scope;
    scope.run();
  }

  /** The schedule, or null for none; the validator refuses what does not parse. */
  private static CronSchedule parse(String expression) {
    if (expression == null || expression.isBlank()) {
      return null;
    }
    try {
      return CronSchedule.parse(expression);
    } catch (IllegalArgumentException invalid) {
      return null;
    }
  }
}
