package org.baoflow.api.validation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A five-field cron schedule (minute, hour, day of month, month, day of week), the dialect of
 * robfig/cron that the Go operator accepts: lists, ranges, steps, {@code *} and {@code ?}, month
 * and weekday names, Sunday as 0. Times are UTC.
 *
 * <p>Fire times are computed field by field (a month, day or hour that cannot match is skipped
 * whole), so even a schedule that fires once every few years costs a few hundred steps.
 *
 * @param minutes minutes of the hour, 0-59
 * @param hours hours of the day, 0-23
 * @param daysOfMonth days of the month, 1-31
 * @param months months, 1-12
 * @param daysOfWeek days of the week, 0-6 with Sunday as 0
 * @param dayOfMonthRestricted whether the day-of-month field is not a wildcard
 * @param dayOfWeekRestricted whether the day-of-week field is not a wildcard (cron fires when
 *     either restricted day field matches)
 */
public record CronSchedule(
    Set<Integer> minutes,
    Set<Integer> hours,
    Set<Integer> daysOfMonth,
    Set<Integer> months,
    Set<Integer> daysOfWeek,
    boolean dayOfMonthRestricted,
    boolean dayOfWeekRestricted) {

  /**
   * How far {@link #nextFireAfter} and {@link #lastFireAtOrBefore} look. Every valid schedule that
   * fires at all fires within any 9 years: the rarest date, 29 February, recurs at most 8 years
   * apart (2096, 2104).
   */
  private static final int SEARCH_YEARS = 9;

  private record FieldSpec(String name, int min, int max, List<String> names) {}

  private static final List<String> MONTHS =
      List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
  private static final List<String> WEEKDAYS =
      List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");
  private static final List<FieldSpec> FIELDS =
      List.of(
          new FieldSpec("minute", 0, 59, List.of()),
          new FieldSpec("hour", 0, 23, List.of()),
          new FieldSpec("day of month", 1, 31, List.of()),
          new FieldSpec("month", 1, 12, MONTHS),
          new FieldSpec("day of week", 0, 6, WEEKDAYS));

  /**
   * The first fire strictly after {@code after}, or empty when the schedule never fires (such as
   * {@code 0 0 30 2 *}).
   */
  public Optional<Instant> nextFireAfter(Instant after) {
    LocalDateTime t =
        LocalDateTime.ofInstant(after, ZoneOffset.UTC)
            .truncatedTo(ChronoUnit.MINUTES)
            .plusMinutes(1);
    int lastYear = t.getYear() + SEARCH_YEARS;
    while (t.getYear() <= lastYear) {
      if (!months.contains(t.getMonthValue())) {
        t = t.toLocalDate().withDayOfMonth(1).plusMonths(1).atStartOfDay();
      } else if (!dayMatches(t.toLocalDate())) {
        t = t.toLocalDate().plusDays(1).atStartOfDay();
      } else if (!hours.contains(t.getHour())) {
        t = t.truncatedTo(ChronoUnit.HOURS).plusHours(1);
      } else if (!minutes.contains(t.getMinute())) {
        t = t.plusMinutes(1);
      } else {
        return Optional.of(t.toInstant(ZoneOffset.UTC));
      }
    }
    return Optional.empty();
  }

  /**
   * The last fire at or before {@code at}, or empty when the schedule did not fire in the 9 years
   * before (so never).
   */
  public Optional<Instant> lastFireAtOrBefore(Instant at) {
    LocalDateTime t = LocalDateTime.ofInstant(at, ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
    int firstYear = t.getYear() - SEARCH_YEARS;
    while (t.getYear() >= firstYear) {
      // Each step lands on the last minute of the month, day or hour before the one that failed.
      if (!months.contains(t.getMonthValue())) {
        t = t.toLocalDate().withDayOfMonth(1).atStartOfDay().minusMinutes(1);
      } else if (!dayMatches(t.toLocalDate())) {
        t = t.toLocalDate().atStartOfDay().minusMinutes(1);
      } else if (!hours.contains(t.getHour())) {
        t = t.truncatedTo(ChronoUnit.HOURS).minusMinutes(1);
      } else if (!minutes.contains(t.getMinute())) {
        t = t.minusMinutes(1);
      } else {
        return Optional.of(t.toInstant(ZoneOffset.UTC));
      }
    }
    return Optional.empty();
  }

  /**
   * robfig/cron's day rule: when both day fields are restricted a day matching either fires,
   * otherwise a day must match both (a wildcard matches every day).
   */
  private boolean dayMatches(LocalDate day) {
    boolean dom = daysOfMonth.contains(day.getDayOfMonth());
    // java.time numbers Monday 1 to Sunday 7; cron has Sunday as 0.
    boolean dow = daysOfWeek.contains(day.getDayOfWeek().getValue() % 7);
    return dayOfMonthRestricted && dayOfWeekRestricted ? dom || dow : dom && dow;
  }

  /**
   * Parses a schedule.
   *
   * @throws IllegalArgumentException with the reason when it is not a valid schedule
   */
  public static CronSchedule parse(String text) {
    String[] fields = text == null ? new String[0] : text.trim().split("\\s+");
    if (fields.length != FIELDS.size()) {
      throw new IllegalArgumentException("expected 5 fields, found " + fields.length);
    }
    return new CronSchedule(
        field(fields[0], FIELDS.get(0)),
        field(fields[1], FIELDS.get(1)),
        field(fields[2], FIELDS.get(2)),
        field(fields[3], FIELDS.get(3)),
        field(fields[4], FIELDS.get(4)),
        !isWildcard(fields[2]),
        !isWildcard(fields[4]));
  }

  /**
   * Whether robfig/cron treats the field as a wildcard: an item {@code *} or {@code ?} with no step
   * or a step of 1 ({@code *}{@code /2} restricts the field; {@code *,5} does not).
   */
  private static boolean isWildcard(String field) {
    for (String item : field.split(",", -1)) {
      int slash = item.indexOf('/');
      String range = slash < 0 ? item : item.substring(0, slash);
      boolean unitStep = slash < 0 || Integer.parseInt(item.substring(slash + 1)) == 1;
      if ((range.equals("*") || range.equals("?")) && unitStep) {
        return true;
      }
    }
    return false;
  }

  private static Set<Integer> field(String text, FieldSpec spec) {
    Set<Integer> values = new TreeSet<>();
    for (String item : text.split(",", -1)) {
      addItem(item, spec, values);
    }
    return Collections.unmodifiableSet(values);
  }

  private static void addItem(String item, FieldSpec spec, Set<Integer> values) {
    String range = item;
    int step = 1;
    int slash = item.indexOf('/');
    if (slash >= 0) {
      range = item.substring(0, slash);
      step = number(item.substring(slash + 1), spec, "step");
      if (step < 1) {
        throw new IllegalArgumentException(spec.name() + " step must be at least 1");
      }
    }
    int low;
    int high;
    if (range.equals("*") || range.equals("?")) {
      low = spec.min();
      high = spec.max();
    } else {
      int dash = range.indexOf('-');
      low = value(dash < 0 ? range : range.substring(0, dash), spec);
      // "5/15" means from 5 to the end in steps of 15, as in robfig/cron.
      high = dash >= 0 ? value(range.substring(dash + 1), spec) : slash >= 0 ? spec.max() : low;
    }
    if (low > high) {
      throw new IllegalArgumentException(spec.name() + " range " + range + " runs backwards");
    }
    for (int v = low; v <= high; v += step) {
      values.add(v);
    }
  }

  private static int value(String text, FieldSpec spec) {
    int index = spec.names().indexOf(text.toUpperCase(Locale.ROOT));
    if (index >= 0) {
      return index + spec.min();
    }
    int v = number(text, spec, "value");
    if (v < spec.min() || v > spec.max()) {
      throw new IllegalArgumentException(
          spec.name() + " " + v + " is outside " + spec.min() + "-" + spec.max());
    }
    return v;
  }

  private static int number(String text, FieldSpec spec, String what) {
    if (text.isEmpty() || text.length() > 4 || !text.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException(spec.name() + " " + what + " '" + text + "' is invalid");
    }
    return Integer.parseInt(text);
  }
}
