package org.baoflow.activities.kube.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.baoflow.lane.sim.hcl.HclParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HclTest {

  /** Values that break naive HCL writers: quotes, escapes, interpolations, line breaks. */
  static Stream<String> hostileValues() {
    return Stream.of(
        "",
        "plain",
        "quote\"inside",
        "back\\slash and \\\" escaped quote",
        "${env(\"HOME\")}",
        "$${escaped} and ${ unbalanced",
        "%{ if true }directive%{ endif }",
        "line one\nline two\r\nline three",
        "tab\tand bell\u0007 and nul\u0000 and del\u007f",
        "\"\n}\nseal \"static\" {\n  current_key = \"env://STOLEN\"\n}\nx = \"",
        "%POD_NAME% forged placeholder %POD_NAMESPACE%",
        "trailing backslash \\",
        "unicode 日本語 ✓ and emoji \uD83D\uDD11",
        "$",
        "%",
        "}{][=,#//");
  }

  @ParameterizedTest
  @MethodSource("hostileValues")
  void quotedValuesDecodeToTheOriginal(String value) {
    String file = "key = " + Hcl.quote(value) + "\nnext = true\n";

    org.baoflow.lane.sim.hcl.HclBody body = HclParser.parse(file);

    assertThat(body.string("key")).isEqualTo(value);
    assertThat(body.keys()).containsExactly("key", "next");
  }

  @ParameterizedTest
  @MethodSource("hostileValues")
  void quotedValuesHoldNoLineBreakInterpolationOrPlaceholderDelimiter(String value) {
    String quoted = Hcl.quote(value);

    assertThat(quoted).doesNotContain("\n", "\r", "$", "%");
    assertThat(quoted.chars()).noneMatch(c -> c < 0x20 || c == 0x7f);
  }

  @Test
  void escapesTheSpecialCharactersAsHclOneReadsThem() {
    assertThat(Hcl.escape("a\"b\\c\nd")).isEqualTo("a\\\"b\\\\c\\nd");
    assertThat(Hcl.escape("${x} %{y}")).isEqualTo("\\u0024{x} \\u0025{y}");
    assertThat(Hcl.escape("\u0001")).isEqualTo("\\u0001");
  }

  @Test
  void alignsConsecutiveOneLineAttributesAndNestsObjectsAndBlocks() {
    HclBody body =
        new HclBody()
            .attribute("a", "1")
            .attribute("longer_key", 2)
            .block(
                "outer",
                List.of("x", "y\"z"),
                outer ->
                    outer
                        .attribute("k", true)
                        .attribute(
                            "obj",
                            new HclValue.ObjectValue(
                                new HclBody()
                                    .attribute("kubernetes.io/name", "v")
                                    .attribute("n", HclValue.strings(List.of("p", "q"))))))
            .block("empty", List.of(), empty -> {});

    assertThat(body.print())
        .isEqualTo(
            """
            a          = "1"
            longer_key = 2
            outer "x" "y\\"z" {
              k = true
              obj = {
                "kubernetes.io/name" = "v"
                n                    = ["p", "q"]
              }
            }
            empty {}
            """);
  }

  @Test
  void printsListsOfObjectsOverSeveralLines() {
    HclValue list =
        HclValue.fromJson(List.of(Map.of("a", "b"), Map.of("c", List.of(1, 2.5, true))));

    String text = new HclBody().attribute("items", list).print();

    assertThat(text)
        .isEqualTo(
            """
            items = [
              {
                a = "b"
              },
              {
                c = [1, 2.5, true]
              },
            ]
            """);
    assertThat(HclParser.parse(text).list("items")).hasSize(2);
  }

  @Test
  void jsonObjectsRenderWithSortedKeysAndWithoutNulls() {
    Map<String, Object> unordered = new LinkedHashMap<>();
    unordered.put("zeta", "last");
    unordered.put("alpha", null);
    unordered.put("beta", Arrays.asList("x", null, "y"));
    unordered.put("big", new java.math.BigDecimal("12345678901234567890.5"));

    org.baoflow.lane.sim.hcl.HclBody body =
        HclParser.parse(new HclBody().attribute("data", HclValue.fromJson(unordered)).print())
            .object("data");

    assertThat(body.keys()).containsExactly("beta", "big", "zeta");
    assertThat(body.list("beta")).containsExactly("x", "y");
    assertThat(body.get("big")).hasToString("12345678901234567890.5");
  }

  @Test
  void rejectsValuesHclCannotWrite() {
    assertThatThrownBy(() -> HclValue.fromJson(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HclValue.fromJson(new Object()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theLaneParserRejectsMalformedHcl() {
    for (String malformed :
        List.of(
            "a = \"unterminated\n\"",
            "a = \"x\"\na = \"y\"",
            "block {",
            "a = [1, 2",
            "a = \"bad escape \\q\"")) {
      assertThatThrownBy(() -> HclParser.parse(malformed))
          .as(malformed)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
