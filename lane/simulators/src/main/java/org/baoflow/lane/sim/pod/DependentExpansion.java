package org.baoflow.lane.sim.pod;

import java.util.Map;

/**
 * Kubernetes' {@code $(VAR)} expansion of environment values, commands and arguments: {@code
 * $(NAME)} becomes the variable's value when it is defined and stays as written when not, {@code
 * $$} escapes a dollar, and any other {@code $} is kept.
 */
final class DependentExpansion {
  private DependentExpansion() {}

  static String expand(String input, Map<String, String> variables) {
    StringBuilder out = new StringBuilder(input.length());
    int i = 0;
    while (i < input.length()) {
      char c = input.charAt(i);
      if (c != '$' || i + 1 >= input.length()) {
        out.append(c);
        i++;
        continue;
      }
      char next = input.charAt(i + 1);
      if (next == '$') {
        out.append('$');
        i += 2;
      } else if (next == '(') {
        int close = input.indexOf(')', i + 2);
        if (close < 0) {
          // An unterminated reference is kept as written, as Kubernetes does.
          out.append(input, i, input.length());
          i = input.length();
        } else {
          String name = input.substring(i + 2, close);
          String value = variables.get(name);
          out.append(value != null ? value : input.substring(i, close + 1));
          i = close + 1;
        }
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
