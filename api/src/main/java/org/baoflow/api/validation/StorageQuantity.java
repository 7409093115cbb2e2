package org.baoflow.api.validation;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Bytes of a Kubernetes storage quantity in the form the schema allows ({@code 10Gi}, {@code 500M},
 * {@code 1.5Ti}), the same suffix table as the CEL rule that keeps volumes from shrinking.
 */
final class StorageQuantity {
  private static final Map<String, BigDecimal> BINARY =
      Map.of(
          "Ki", BigDecimal.valueOf(1L << 10),
          "Mi", BigDecimal.valueOf(1L << 20),
          "Gi", BigDecimal.valueOf(1L << 30),
          "Ti", BigDecimal.valueOf(1L << 40),
          "Pi", BigDecimal.valueOf(1L << 50),
          "Ei", BigDecimal.valueOf(1L << 60));
  private static final Map<String, BigDecimal> DECIMAL =
      Map.of(
          "k", BigDecimal.TEN.pow(3),
          "M", BigDecimal.TEN.pow(6),
          "G", BigDecimal.TEN.pow(9),
          "T", BigDecimal.TEN.pow(12),
          "P", BigDecimal.TEN.pow(15),
          "E", BigDecimal.TEN.pow(18));

  private StorageQuantity() {}

  /** The number of bytes, or {@code null} when {@code quantity} is not in the schema's form. */
  static BigDecimal bytes(String quantity) {
    try {
      if (quantity.length() > 2 && BINARY.containsKey(quantity.substring(quantity.length() - 2))) {
        return number(quantity, 2).multiply(BINARY.get(quantity.substring(quantity.length() - 2)));
      }
      if (quantity.length() > 1 && DECIMAL.containsKey(quantity.substring(quantity.length() - 1))) {
        return number(quantity, 1).multiply(DECIMAL.get(quantity.substring(quantity.length() - 1)));
      }
      return new BigDecimal(quantity);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static BigDecimal number(String quantity, int suffixLength) {
    return new BigDecimal(quantity.substring(0, quantity.length() - suffixLength));
  }
}
