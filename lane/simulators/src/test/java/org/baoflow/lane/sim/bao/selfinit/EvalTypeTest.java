package org.baoflow.lane.sim.bao.selfinit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvalTypeTest {

  @Test
  void stringsBecomeNumbersAndBooleansTheWayGoDecodesThem() throws SourceException {
    assertThat(EvalType.convert("42", "int")).isEqualTo(42L);
    assertThat(EvalType.convert("0x10", "int")).isEqualTo(16L);
    assertThat(EvalType.convert("-017", "int")).isEqualTo(-15L);
    assertThat(EvalType.convert("", "int")).isEqualTo(0L);
    assertThat(EvalType.convert(new BigDecimal("2.9"), "int")).isEqualTo(2L);
    assertThat(EvalType.convert("1.5", "float64")).isEqualTo(1.5);
    assertThat(EvalType.convert("T", "bool")).isEqualTo(true);
    assertThat(EvalType.convert("0", "bool")).isEqualTo(false);
    assertThat(EvalType.convert(new BigDecimal("3"), "bool")).isEqualTo(true);
  }

  @Test
  void scalarsBecomeStrings() throws SourceException {
    assertThat(EvalType.convert(true, "string")).isEqualTo("1");
    assertThat(EvalType.convert(new BigDecimal("3.50"), "string")).isEqualTo("3.5");
    assertThat(EvalType.convert(3600, "string")).isEqualTo("3600");
    assertThat(EvalType.convert(null, "string")).isEqualTo("");
  }

  @Test
  void listsAndMaps() throws SourceException {
    assertThat(EvalType.convert("a,b", "[]string")).isEqualTo(List.of("a,b"));
    assertThat(EvalType.convert(List.of("a", new BigDecimal("1")), "[]string"))
        .isEqualTo(List.of("a", "1"));
    assertThat(EvalType.convert(List.of(Map.of("a", "1"), Map.of("b", "2")), "map"))
        .isEqualTo(Map.of("a", "1", "b", "2"));
    Object any = List.of(Map.of("x", 1));
    assertThat(EvalType.convert(any, "any")).isSameAs(any);
  }

  @Test
  void refusesWhatGoRefusesWithoutShowingTheValue() {
    assertThatThrownBy(() -> EvalType.convert("secret-value", "int"))
        .isInstanceOf(SourceException.class)
        .hasMessage("conversion-error: cannot convert value to type 'int'");
    assertThatThrownBy(() -> EvalType.convert("maybe", "bool"))
        .hasMessage("conversion-error: cannot convert value to type 'bool'");
    assertThatThrownBy(() -> EvalType.convert(Map.of("k", "v"), "string"))
        .hasMessage("conversion-error: cannot convert value to type 'string'");
    assertThatThrownBy(() -> EvalType.convert("1d", "float64"))
        .hasMessage("conversion-error: cannot convert value to type 'float64'");
    assertThatThrownBy(() -> EvalType.convert("text", "map"))
        .hasMessageStartingWith("cannot convert to map[string]interface{}");
  }
}
