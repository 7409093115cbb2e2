package org.baoflow.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CronScheduleFireTest {
  private static Optional<Instant> next(String schedule, String after) {
    return CronSchedule.parse(schedule).nextFireAfter(Instant.parse(after));
  }

  private static Optional<Instant> last(String schedule, String at) {
    return CronSchedule.parse(schedule).lastFireAtOrBefore(Instant.parse(at));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // strictly after: the fire at the instant itself is not next
        "0 3 * * *|2026-11-23T03:00:00Z|2026-11-24T03:00:00Z",
        "0 3 * * *|2026-11-23T02:59:59.999Z|2026-11-23T03:00:00Z",
        "*/15 * * * *|2026-11-23T04:15:30Z|2026-11-23T04:30:00Z",
        "30 23 31 12 *|2026-12-31T23:30:00Z|2027-12-31T23:30:00Z",
        "0 0 1 jan,jul *|2026-07-01T00:01:00Z|2027-01-01T00:00:00Z",
        // 1 November 2026 is a Sunday; day 10 or any Friday (robfig: either restricted day field)
        "0 0 10 * 5|2026-11-01T00:00:00Z|2026-11-06T00:00:00Z",
        "0 0 10 * 5|2026-11-06T00:00:00Z|2026-11-10T00:00:00Z",
        "0 0 10 * 5|2026-11-10T00:00:00Z|2026-11-13T00:00:00Z",
        // day of week wildcard: only the 10th
        "0 0 10 * *|2026-11-01T00:00:00Z|2026-11-10T00:00:00Z",
        "0 0 10 * ?|2026-11-01T00:00:00Z|2026-11-10T00:00:00Z",
        // */1 is robfig's wildcard too, so only Fridays; */2 restricts, so odd days or Fridays
        "0 0 */1 * 5|2026-11-01T00:00:00Z|2026-11-06T00:00:00Z",
        "0 0 */2 * 5|2026-11-01T00:00:00Z|2026-11-03T00:00:00Z",
        // Sunday is 0
        "0 12 * * SUN|2026-11-23T00:00:00Z|2026-11-29T12:00:00Z",
        // 2100 is no leap year: the next 29 February is eight years on
        "0 0 29 2 *|2097-01-01T00:00:00Z|2104-02-29T00:00:00Z"
      })
  void nextFireIsTheFirstMatchingMinuteStrictlyAfter(String schedule, String after, String fire) {
    assertThat(next(schedule, after)).contains(Instant.parse(fire));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0 3 * * *|2026-11-23T03:00:00Z|2026-11-23T03:00:00Z",
        "0 3 * * *|2026-11-23T02:59:59Z|2026-11-22T03:00:00Z",
        "0 3 * * *|2026-11-23T04:15:00Z|2026-11-23T03:00:00Z",
        "0 0 1 1 *|2026-06-15T12:00:00Z|2026-01-01T00:00:00Z",
        "0 0 10 * 5|2026-11-09T23:59:00Z|2026-11-06T00:00:00Z",
        "0 0 29 2 *|2103-06-01T00:00:00Z|2096-02-29T00:00:00Z"
      })
  void lastFireIsTheLatestMatchingMinuteAtOrBefore(String schedule, String at, String fire) {
    assertThat(last(schedule, at)).contains(Instant.parse(fire));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0 0 30 2 *", "0 0 31 4,6,9,11 *"})
  void aScheduleThatNeverFiresHasNoFire(String schedule) {
    assertThat(next(schedule, "2026-11-23T00:00:00Z")).isEmpty();
    assertThat(last(schedule, "2026-11-23T00:00:00Z")).isEmpty();
  }

  @Test
  void fieldSkippingAgreesWithAMinuteByMinuteScan() {
    String[] schedules = {"7,37 */5 * * *", "0 0 10 * 5", "15 8 1-7 * MON", "*/20 22-23 * 2 *"};
    Instant start = Instant.parse("2027-01-25T00:00:00Z");
    for (String text : schedules) {
      CronSchedule schedule = CronSchedule.parse(text);
      Instant expected = bruteForceNext(schedule, start);
      Instant after = start;
      for (int i = 0; i < 40; i++) {
        Instant fire = schedule.nextFireAfter(after).orElseThrow();
        assertThat(fire).as("%s after %s", text, after).isEqualTo(expected);
        assertThat(schedule.lastFireAtOrBefore(fire.plusSeconds(59))).contains(fire);
        assertThat(schedule.lastFireAtOrBefore(fire.minusSeconds(1)))
            .as("%s before %s", text, fire)
            .contains(i == 0 ? bruteForceLast(schedule, fire.minusSeconds(60)) : after);
        after = fire;
        expected = bruteForceNext(schedule, fire);
      }
    }
  }

  private static Instant bruteForceNext(CronSchedule schedule, Instant after) {
    Instant t = after.plusSeconds(60 - after.getEpochSecond() % 60);
    while (!matches(schedule, t)) {
      t = t.plus(Duration.ofMinutes(1));
    }
    return t;
  }

  private static Instant bruteForceLast(CronSchedule schedule, Instant at) {
    Instant t = at.minusSeconds(at.getEpochSecond() % 60);
    while (!matches(schedule, t)) {
      t = t.minus(Duration.ofMinutes(1));
    }
    return t;
  }

  /** The textbook definition, independent of the skipping the schedule does. */
  private static boolean matches(CronSchedule schedule, Instant t) {
    LocalDateTime time = LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    boolean dom = schedule.daysOfMonth().contains(time.getDayOfMonth());
    boolean dow = schedule.daysOfWeek().contains(time.getDayOfWeek().getValue() % 7);
    boolean day =
        schedule.dayOfMonthRestricted() && schedule.dayOfWeekRestricted()
            ? dom || dow
            : (!schedule.dayOfMonthRestricted() || dom) && (!schedule.dayOfWeekRestricted() || dow);
    return schedule.minutes().contains(time.getMinute())
        && schedule.hours().contains(time.getHour())
        && schedule.months().contains(time.getMonthValue())
        && day;
  }
}
