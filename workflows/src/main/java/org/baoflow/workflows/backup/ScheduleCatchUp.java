package org.baoflow.workflows.backup;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.baoflow.api.validation.CronSchedule;

/**
 * What a backup schedule asks for at {@code now}: at most one fire to run at once (the latest one
 * missed, however many were: one catch-up backup, never a burst) and the next fire to wait for.
 *
 * @param due the fire to back up now, if one passed since the last handled
 * @param next the next fire after both now and the last handled one; empty if the schedule never
 *     fires again
 * @param skippedEarlierFires whether fires before {@link #due} were missed too (they are not run)
 */
public record ScheduleCatchUp(
    Optional<Instant> due, Optional<Instant> next, boolean skippedEarlierFires) {

  /**
   * Decides for {@code schedule} at {@code now}.
   *
   * @param lastHandled the fire handled last, or when the schedule was set if none was; a fire at
   *     exactly this instant counts as handled
   * @param now the workflow's time
   */
  public static ScheduleCatchUp at(CronSchedule schedule, Instant lastHandled, Instant now) {
    Objects.requireNonNull(lastHandled, "lastHandled");
    Optional<Instant> due =
        schedule.lastFireAtOrBefore(now).filter(fire -> fire.isAfter(lastHandled));
    boolean skipped =
        due.isPresent()
            && schedule
                .nextFireAfter(lastHandled)
                .filter(first -> first.isBefore(due.get()))
                .isPresent();
    // A clock that went back behind the last handled fire must not run that fire again.
    Instant waitFrom = now.isAfter(lastHandled) ? now : lastHandled;
    return new ScheduleCatchUp(due, schedule.nextFireAfter(waitFrom), skipped);
  }
}
