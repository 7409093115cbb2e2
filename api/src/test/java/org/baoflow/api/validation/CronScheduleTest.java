package org.baoflow.api.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CronScheduleTest {
  @Test
  void parsesListsRangesStepsAndNames() {
    CronSchedule schedule = CronSchedule.parse(" */20 0-6/3 1,15 jan-MAR MON-fri ");
    assertThat(schedule.minutes()).containsExactly(0, 20, 40);
    assertThat(schedule.hours()).containsExactly(0, 3, 6);
    assertThat(schedule.daysOfMonth()).containsExactly(1, 15);
    assertThat(schedule.months()).containsExactly(1, 2, 3);
    assertThat(schedule.daysOfWeek()).containsExactly(1, 2, 3, 4, 5);
    assertThat(schedule.dayOfMonthRestricted()).isTrue();
    assertThat(schedule.dayOfWeekRestricted()).isTrue();
  }

  @Test
  void wildcardsCoverTheWholeRange() {
    CronSchedule schedule = CronSchedule.parse("0 3 * * ?");
    assertThat(schedule.minutes()).containsExactly(0);
    assertThat(schedule.daysOfMonth()).hasSize(31).contains(1, 31);
    assertThat(schedule.daysOfWeek()).containsExactly(0, 1, 2, 3, 4, 5, 6);
    assertThat(schedule.dayOfMonthRestricted()).isFalse();
    assertThat(schedule.dayOfWeekRestricted()).isFalse();
  }

  @Test
  void aDayFieldIsAWildcardAsRobfigReadsIt() {
    assertThat(CronSchedule.parse("0 0 */1 * 5").dayOfMonthRestricted()).isFalse();
    assertThat(CronSchedule.parse("0 0 *,5 * 5").dayOfMonthRestricted()).isFalse();
    assertThat(CronSchedule.parse("0 0 */2 * 5").dayOfMonthRestricted()).isTrue();
    assertThat(CronSchedule.parse("0 0 1-31 * 5").dayOfMonthRestricted()).isTrue();
    assertThat(CronSchedule.parse("0 0 1 * ?/1").dayOfWeekRestricted()).isFalse();
  }

  @Test
  void startWithStepRunsToTheEnd() {
    assertThat(CronSchedule.parse("50/5 * * * *").minutes()).containsExactly(50, 55);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0 3 * *|expected 5 fields, found 4",
        "0 3 * * * *|expected 5 fields, found 6",
        "60 * * * *|minute 60 is outside 0-59",
        "0 24 * * *|hour 24 is outside 0-23",
        "0 0 0 * *|day of month 0 is outside 1-31",
        "0 0 * 13 *|month 13 is outside 1-12",
        "0 0 * * 7|day of week 7 is outside 0-6",
        "*/0 * * * *|minute step must be at least 1",
        "0 0 * * FRI-MON|day of week range FRI-MON runs backwards",
        "0 0 * DEC-JAN *|month range DEC-JAN runs backwards",
        "a * * * *|minute value 'a' is invalid",
        "1,,2 * * * *|minute value '' is invalid",
        "-1 * * * *|minute value '' is invalid"
      })
  void refusesInvalidSchedulesWithTheReason(String schedule, String reason) {
    assertThatThrownBy(() -> CronSchedule.parse(schedule))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(reason);
  }
}
