package org.baoflow.lane.sim.bao.auth;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OpenBao's duration fields: seconds as a number or string, or a Go duration like {@code 1h30m}.
 */
final class GoDuration {

  private static final Pattern PART = Pattern.compile("(\\d+)(h|m|s)");

  private GoDuration() {}

  /**
   * @throws IllegalArgumentException for text that is neither
   */
  static Duration parse(JsonNode value, Duration fallback) {
    if (value.isMissingNode() || value.isNull()) {
      return fallback;
    }
    if (value.canConvertToLong() && value.isNumber()) {
      return Duration.ofSeconds(value.asLong());
    }
    String text = value.asText().trim();
    if (text.isEmpty()) {
      return fallback;
    }
    if (text.chars().allMatch(Character::isDigit)) {
      return Duration.ofSeconds(Long.parseLong(text));
    }
    Matcher matcher = PART.matcher(text);
    Duration total = Duration.ZERO;
    int end = 0;
    while (matcher.find() && matcher.start() == end) {
      long amount = Long.parseLong(matcher.group(1));
      total =
          total.plus(
              switch (matcher.group(2)) {
                case "h" -> Duration.ofHours(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofSeconds(amount);
              });
      end = matcher.end();
    }
    if (end != text.length()) {
      throw new IllegalArgumentException("time: invalid duration \"" + text + "\"");
    }
    return total;
  }
}
