package org.baoflow.workflows.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.baoflow.api.validation.CronSchedule;
import org.junit.jupiter.api.Test;

class ScheduleCatchUpTest {
  private final CronSchedule daily = CronSchedule.parse("0 3 * * *");

  @Test
  void beforeTheFirstFireNothingIsDueAndTheWaitIsForTheFirst() {
    ScheduleCatchUp plan =
        ScheduleCatchUp.at(
            daily, Instant.parse("2026-11-23T01:00:00Z"), Instant.parse("2026-11-23T02:00:00Z"));

    assertThat(plan.due()).isEmpty();
    assertThat(plan.next()).contains(Instant.parse("2026-11-23T03:00:00Z"));
    assertThat(plan.skippedEarlierFires()).isFalse();
  }

  @Test
  void aTimerFiringOnTimeRunsThatFire() {
    ScheduleCatchUp plan =
        ScheduleCatchUp.at(
            daily, Instant.parse("2026-11-22T03:00:00Z"), Instant.parse("2026-11-23T03:00:00Z"));

    assertThat(plan.due()).contains(Instant.parse("2026-11-23T03:00:00Z"));
    assertThat(plan.next()).contains(Instant.parse("2026-11-24T03:00:00Z"));
    assertThat(plan.skippedEarlierFires()).isFalse();
  }

  @Test
  void daysWithoutAWorkerGiveOneCatchUpOfTheLatestMissedFireNotABurst() {
    ScheduleCatchUp plan =
        ScheduleCatchUp.at(
            daily, Instant.parse("2026-11-18T03:00:00Z"), Instant.parse("2026-11-23T10:20:00Z"));

    assertThat(plan.due()).contains(Instant.parse("2026-11-23T03:00:00Z"));
    assertThat(plan.next()).contains(Instant.parse("2026-11-24T03:00:00Z"));
    assertThat(plan.skippedEarlierFires()).isTrue();

    ScheduleCatchUp afterCatchUp =
        ScheduleCatchUp.at(daily, plan.due().orElseThrow(), Instant.parse("2026-11-23T10:25:00Z"));
    assertThat(afterCatchUp.due()).isEmpty();
  }

  @Test
  void theHandledFireIsNotRunAgain() {
    Instant handled = Instant.parse("2026-11-23T03:00:00Z");

    assertThat(ScheduleCatchUp.at(daily, handled, handled.plusSeconds(30)).due()).isEmpty();
  }

  @Test
  void aClockBehindTheLastHandledFireWaitsForTheFireAfterIt() {
    ScheduleCatchUp plan =
        ScheduleCatchUp.at(
            daily, Instant.parse("2026-11-23T03:00:00Z"), Instant.parse("2026-11-22T23:00:00Z"));

    assertThat(plan.due()).isEmpty();
    assertThat(plan.next()).contains(Instant.parse("2026-11-24T03:00:00Z"));
  }

  @Test
  void aScheduleThatNeverFiresHasNothingToWaitFor() {
    ScheduleCatchUp plan =
        ScheduleCatchUp.at(
            CronSchedule.parse("0 0 30 2 *"),
            Instant.parse("2026-01-01T00:00:00Z"),
            Instant.parse("2026-11-23T00:00:00Z"));

    assertThat(plan.due()).isEmpty();
    assertThat(plan.next()).isEmpty();
  }
}
