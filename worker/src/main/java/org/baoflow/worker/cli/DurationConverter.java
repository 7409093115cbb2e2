package org.baoflow.worker.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a positive duration as a number with unit {@code s}, {@code m} or {@code h}, or ISO-8601.
 */
final class DurationConverter implements ITypeConverter<Duration> {
  private static final Pattern SHORT = Pattern.compile("([0-9]{1,9})([smh])");
  private static final Map<String, ChronoUnit> UNITS =
      Map.of("s", ChronoUnit.SECONDS, "m", ChronoUnit.MINUTES, "h", ChronoUnit.HOURS);

  @Override
  public Duration convert(String value) {
    Duration duration = parse(value.strip());
    if (duration.isNegative() || duration.isZero()) {
      throw new TypeConversionException("'" + value + "' is not a positive duration");
    }
    return duration;
  }

  private static Duration parse(String value) {
    Matcher shortForm = SHORT.matcher(value);
    if (shortForm.matches()) {
      return Duration.of(Long.parseLong(shortForm.group(1)), UNITS.get(shortForm.group(2)));
    }
    try {
      return Duration.parse(value);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a duration such as 90s, 30m, 2h or PT1H30M");
    }
  }
}
