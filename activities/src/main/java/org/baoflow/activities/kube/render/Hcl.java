package org.baoflow.activities.kube.render;

/**
 * Writes user strings as HCL string literals that OpenBao's parser (HCL 1) reads back unchanged.
 *
 * <p>Besides quotes, backslashes and control characters, every {@code $} and {@code %} is written
 * as a unicode escape: HCL 1 scans {@code ${...}} inside a string as an interpolation (where a
 * quote would not end the string), HCL 2 also treats {@code %{...}} as a template directive, and
 * the entrypoint's pod-identity placeholders are delimited by {@code %}. So no escaped value can
 * open an interpolation, end its string early, span lines or forge a placeholder.
 */
public final class Hcl {
  private Hcl() {}

  /** {@code value} as a quoted HCL string literal. */
  public static String quote(String value) {
    return '"' + escape(value) + '"';
  }

  /** The body of a quoted HCL string literal that decodes to {@code value}. */
  public static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '$', '%' -> out.append(unicodeEscape(c));
        default -> out.append(c < 0x20 || c == 0x7f ? unicodeEscape(c) : String.valueOf(c));
      }
    }
    return out.toString();
  }

  private static String unicodeEscape(char c) {
    return String.format("\\u%04x", (int) c);
  }
}
