package org.baoflow.api.cel;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * How Kubernetes names object properties in CEL: reserved words become {@code __word__}, and {@code
 * __ . - /} are spelled out; names that cannot be escaped are not accessible at all.
 */
final class CelNames {
  private static final Set<String> RESERVED =
      Set.of(
          "true",
          "false",
          "null",
          "in",
          "as",
          "break",
          "const",
          "continue",
          "else",
          "for",
          "function",
          "if",
          "import",
          "let",
          "loop",
          "package",
          "namespace",
          "return",
          "var",
          "void",
          "while");
  private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

  private CelNames() {}

  /** The CEL name of a property, or {@code null} when CEL cannot access it. */
  static String escape(String property) {
    if (property.isEmpty() || Character.isDigit(property.charAt(0))) {
      return null;
    }
    if (RESERVED.contains(property)) {
      return "__" + property + "__";
    }
    String escaped =
        property
            .replace("__", "__underscores__")
            .replace(".", "__dot__")
            .replace("-", "__dash__")
            .replace("/", "__slash__");
    return IDENTIFIER.matcher(escaped).matches() ? escaped : null;
  }
}
