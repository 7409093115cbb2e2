package org.baoflow.api.validation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Go duration strings ({@code time.ParseDuration}), the format of every duration in the spec, such
 * as {@code 720h} or {@code 1h30m}. The schema pattern checks the syntax; parsing also catches
 * values beyond Go's limit of 2^63-1 nanoseconds.
 */
public final class GoDuration {
  /** Schema pattern of a Go duration without sign: one or more number-unit pairs. */
  public static final String PATTERN = "^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$";

  private static final java.util.regex.Pattern SYNTAX = java.util.regex.Pattern.compile(PATTERN);
  private static final java.util.regex.Pattern PART =
      java.util.regex.Pattern.compile("([0-9]+(?:\\.[0-9]+)?)(ns|us|µs|ms|s|m|h)");
  private static final Map<String, Long> NANOS_PER_UNIT =
      Map.of(
          "ns", 1L,
          "us", 1_000L,
          "µs", 1_000L,
          "ms", 1_000_000L,
          "s", 1_000_000_000L,
          "m", 60_000_000_000L,
          "h", 3_600_000_000_000L);
  private static final BigInteger MAX_NANOS = BigInteger.valueOf(Long.MAX_VALUE);

  private GoDuration() {}

  /**
   * Parses {@code text}.
   *
   * @throws IllegalArgumentException with the reason when it is not a Go duration
   */
  public static Duration parse(String text) {
    if (text == null || !SYNTAX.matcher(text).matches()) {
      throw new IllegalArgumentException("expected numbers with units ns, us, ms, s, m or h");
    }
    BigDecimal nanos = BigDecimal.ZERO;
    Matcher part = PART.matcher(text);
    while (part.find()) {
      BigDecimal unit = BigDecimal.valueOf(NANOS_PER_UNIT.get(part.group(2)));
      nanos = nanos.add(new BigDecimal(part.group(1)).multiply(unit));
    }
    // Go truncates fractions of a nanosecond.
    BigInteger whole = nanos.toBigInteger();
    if (whole.compareTo(MAX_NANOS) > 0) {
      throw new IllegalArgumentException("longer than Go's maximum of about 2562047h");
    }
    return Duration.ofNanos(whole.longValueExact());
  }

  /**
   * {@code duration} as Go's {@code time.Duration.String} writes it, to the millisecond: {@code
   * 0s}, {@code 250ms}, {@code 1m30.5s}, {@code 2h0m0s}. Negative durations are not used.
   */
  public static String format(Duration duration) {
    long millis = duration.toMillis();
    if (millis == 0) {
      return "0s";
    }
    if (millis < 1000) {
      return millis + "ms";
    }
    long hours = millis / 3_600_000;
    long minutes = millis / 60_000 % 60;
    long seconds = millis / 1000 % 60;
    long fraction = millis % 1000;
    StringBuilder text = new StringBuilder();
    if (hours > 0) {
      text.append(hours).append('h');
    }
    if (hours > 0 || minutes > 0) {
      text.append(minutes).append('m');
    }
    text.append(seconds);
    if (fraction > 0) {
      text.append('.').append(String.format("%03d", fraction).replaceAll("0+$", ""));
    }
    return text.append('s').toString();
  }
}
