package org.baoflow.lane.sim.hcl;

import java.math.BigDecimal;
import java.util.List;

/** Names of value kinds for error messages. */
final class HclValues {
  private HclValues() {}

  static String describe(Object value) {
    if (value instanceof String) {
      return "a string";
    }
    if (value instanceof BigDecimal) {
      return "a number";
    }
    if (value instanceof Boolean) {
      return "a boolean";
    }
    if (value instanceof List<?>) {
      return "a list";
    }
    return "an object";
  }
}
