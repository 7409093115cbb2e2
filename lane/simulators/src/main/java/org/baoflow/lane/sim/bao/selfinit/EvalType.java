package org.baoflow.lane.sim.bao.selfinit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code eval_type} conversions of OpenBao's profile engine, which decodes weakly (Go's
 * mapstructure {@code WeakDecode}): {@code "42"} is an int, {@code true} the string {@code "1"}, a
 * single string a one-element {@code []string}.
 */
final class EvalType {

  private static final Set<String> TRUE = Set.of("1", "t", "T", "TRUE", "true", "True");
  private static final Set<String> FALSE = Set.of("0", "f", "F", "FALSE", "false", "False");
  private static final Pattern FLOAT =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  private EvalType() {}

  static Object convert(Object value, String type) throws SourceException {
    return switch (type) {
      case "string" -> toText(value, type);
      case "int" -> toInteger(value);
      case "float64" -> toFloat(value);
      case "bool" -> toBoolean(value);
      case "[]string" -> toStrings(value);
      case "map" -> toMap(value);
      case "any" -> value;
      default -> throw new SourceException("unsupported type conversion: " + type);
    };
  }

  private static SourceException conversionError(String type) {
    return new SourceException("conversion-error: cannot convert value to type '" + type + "'");
  }

  private static String toText(Object value, String type) throws SourceException {
    if (value == null) {
      return "";
    }
    if (value instanceof String text) {
      return text;
    }
    if (value instanceof Boolean flag) {
      return flag ? "1" : "0";
    }
    if (value instanceof Number number) {
      return decimal(number).stripTrailingZeros().toPlainString();
    }
    throw conversionError(type);
  }

  private static BigDecimal decimal(Number number) {
    return number instanceof BigDecimal big ? big : new BigDecimal(number.toString());
  }

  private static long toInteger(Object value) throws SourceException {
    if (value == null) {
      return 0;
    }
    if (value instanceof Boolean flag) {
      return flag ? 1 : 0;
    }
    if (value instanceof Number number) {
      return decimal(number).longValue();
    }
    if (value instanceof String text) {
      return parseGoInteger(text.isEmpty() ? "0" : text);
    }
    throw conversionError("int");
  }

  /** Go's {@code strconv.ParseInt(s, 0, 64)}: the base follows the prefix. */
  private static long parseGoInteger(String text) throws SourceException {
    boolean negative = text.startsWith("-");
    String digits = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
    int radix = 10;
    String lower = digits.toLowerCase(Locale.ROOT);
    if (lower.startsWith("0x")) {
      radix = 16;
      digits = digits.substring(2);
    } else if (lower.startsWith("0b")) {
      radix = 2;
      digits = digits.substring(2);
    } else if (lower.startsWith("0o")) {
      radix = 8;
      digits = digits.substring(2);
    } else if (digits.length() > 1 && digits.startsWith("0")) {
      radix = 8;
      digits = digits.substring(1);
    }
    if (digits.isEmpty() || digits.startsWith("+") || digits.startsWith("-")) {
      throw conversionError("int");
    }
    try {
      long parsed = Long.parseLong(digits.replace("_", ""), radix);
      return negative ? -parsed : parsed;
    } catch (NumberFormatException e) {
      throw conversionError("int");
    }
  }

  private static double toFloat(Object value) throws SourceException {
    if (value == null) {
      return 0;
    }
    if (value instanceof Boolean flag) {
      return flag ? 1 : 0;
    }
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    if (value instanceof String text) {
      if (text.isEmpty()) {
        return 0;
      }
      if (FLOAT.matcher(text).matches()) {
        return Double.parseDouble(text);
      }
    }
    throw conversionError("float64");
  }

  private static boolean toBoolean(Object value) throws SourceException {
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean flag) {
      return flag;
    }
    if (value instanceof Number number) {
      return decimal(number).signum() != 0;
    }
    if (value instanceof String text) {
      if (text.isEmpty() || FALSE.contains(text)) {
        return false;
      }
      if (TRUE.contains(text)) {
        return true;
      }
    }
    throw conversionError("bool");
  }

  private static List<String> toStrings(Object value) throws SourceException {
    if (value == null) {
      return null;
    }
    List<String> strings = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        strings.add(elementText(item));
      }
      return strings;
    }
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        return strings;
      }
      throw new SourceException("cannot convert to []string: a map is not a list");
    }
    // A single value becomes a one-element list.
    strings.add(elementText(value));
    return strings;
  }

  private static String elementText(Object item) throws SourceException {
    try {
      return toText(item, "string");
    } catch (SourceException e) {
      throw new SourceException("cannot convert to []string: an element is not a scalar");
    }
  }

  private static Map<String, Object> toMap(Object value) throws SourceException {
    if (value == null) {
      return null;
    }
    Map<String, Object> merged = new LinkedHashMap<>();
    if (value instanceof Map<?, ?> map) {
      map.forEach((key, item) -> merged.put(String.valueOf(key), item));
      return merged;
    }
    if (value instanceof List<?> list) {
      // A list of maps merges into one map, as HCL's repeated blocks decode.
      for (Object item : list) {
        if (!(item instanceof Map<?, ?> map)) {
          throw new SourceException(
              "cannot convert to map[string]interface{}: a list element is not a map");
        }
        map.forEach((key, entry) -> merged.put(String.valueOf(key), entry));
      }
      return merged;
    }
    throw new SourceException("cannot convert to map[string]interface{}: not a map");
  }
}
