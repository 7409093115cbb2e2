package org.baoflow.lane.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Byte counts written the short way: {@code 64m}, {@code 2g}, {@code 512k}, {@code 1000}. */
final class ByteSizes {

  private static final long KIB = 1024;
  private static final long MIB = KIB * 1024;
  private static final long GIB = MIB * 1024;

  private ByteSizes() {}

  /** A comma-separated list of sizes, e.g. {@code 64m,512m,2g}; each at least one byte. */
  static List<Long> parseList(String text) {
    List<Long> sizes = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      sizes.add(parse(part));
    }
    return List.copyOf(sizes);
  }

  /** One size: digits with an optional binary suffix {@code k}, {@code m} or {@code g}. */
  static long parse(String text) {
    String size = text.trim().toLowerCase(Locale.ROOT);
    if (!size.matches("[0-9]+[kmg]?")) {
      throw new IllegalArgumentException(
          "a size is digits with an optional k, m or g, got '" + text + "'");
    }
    char last = size.charAt(size.length() - 1);
    long unit =
        switch (last) {
          case 'k' -> KIB;
          case 'm' -> MIB;
          case 'g' -> GIB;
          default -> 1;
        };
    String digits = unit == 1 ? size : size.substring(0, size.length() - 1);
    long value = Math.multiplyExact(Long.parseLong(digits), unit);
    if (value < 1) {
      throw new IllegalArgumentException("a size must be at least one byte, got '" + text + "'");
    }
    return value;
  }

  /** The size as the table shows it: whole GiB or MiB when exact, else bytes. */
  static String format(long bytes) {
    if (bytes % GIB == 0) {
      return bytes / GIB + " GiB";
    }
    if (bytes % MIB == 0) {
      return bytes / MIB + " MiB";
    }
    return bytes + " B";
  }
}
