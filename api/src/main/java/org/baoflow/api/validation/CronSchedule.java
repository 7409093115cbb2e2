package org.baoflow.api.validation;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A five-field cron schedule (minute, hour, day of month, month, day of week), the dialect of
 * robfig/cron that the Go operator accepts: lists, ranges, steps, {@code *} and {@code ?}, month
 * and weekday names, Sunday as 0.
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

  private static boolean isWildcard(String field) {
    return field.equals("*") || field.equals("?");
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
