package org.baoflow.lane.sim.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HclParserTest {

  @Test
  void readsBlocksLabelsAndEveryValueKind() {
    HclBody file =
        HclParser.parse(
            """
            # a comment
            ui = true // another
            /* a block
               comment */
            count = -12
            ratio = 2.5e3
            names = ["a", "b",]
            empty = []
            storage "raft" {
              path = "/bao/data"
              retry_join {
                auto_join = "provider=k8s"
              }
            }
            data = { nested = { deep = false }, list = [1, { k = "v" }] }
            "quoted key" = "x"
            """);

    assertThat(file.keys())
        .containsExactly("ui", "count", "ratio", "names", "empty", "data", "quoted key");
    assertThat(file.bool("ui")).isTrue();
    assertThat(file.number("count")).isEqualByComparingTo("-12");
    assertThat(file.number("ratio")).isEqualByComparingTo("2500");
    assertThat(file.list("names")).containsExactly("a", "b");
    assertThat(file.list("empty")).isEmpty();
    HclBlock storage = file.blocks("storage").get(0);
    assertThat(storage.labels()).containsExactly("raft");
    assertThat(storage.position()).isEqualTo(new HclPosition(9, 1));
    assertThat(storage.body().block("retry_join").string("auto_join")).isEqualTo("provider=k8s");
    assertThat(file.object("data").toMap())
        .isEqualTo(
            Map.of(
                "nested",
                Map.of("deep", false),
                "list",
                List.of(new BigDecimal("1"), Map.of("k", "v"))));
    assertThat(file.string("quoted key")).isEqualTo("x");
  }

  @Test
  void decodesEscapesIncludingTheUnicodeOnesTheRendererWritesForDollarAndPercent() {
    HclBody file =
        HclParser.parse(
            "a = \"q\\\" b\\\\ n\\n t\\t \\u0024{x} \\u0025{y} \\U0001F511 \\x41 \\101\"\n");

    assertThat(file.string("a")).isEqualTo("q\" b\\ n\n t\t ${x} %{y} \uD83D\uDD11 A A");
  }

  @Test
  void keepsInterpolationsAndDirectivesLiterallyAsHclOneDoes() {
    HclBody file =
        HclParser.parse(
            """
            a = "${env("HOME")} and ${x}"
            b = "%{ if true }y%{ endif } %POD_NAME%"
            c = "$${escaped}"
            """);

    assertThat(file.string("a")).isEqualTo("${env(\"HOME\")} and ${x}");
    assertThat(file.string("b")).isEqualTo("%{ if true }y%{ endif } %POD_NAME%");
    assertThat(file.string("c")).isEqualTo("$${escaped}");
  }

  @Test
  void readsHeredocsRawAndUnindentsTheDashForm() {
    HclBody file =
        HclParser.parse(
            """
            policy = <<EOP
            path "secret/*" { capabilities = ["read"] }
              ${kept} \\n
            EOP
            data = {
              indented = <<-EOT
                line one
                  line two
                EOT
            }
            """);

    assertThat(file.string("policy"))
        .isEqualTo("path \"secret/*\" { capabilities = [\"read\"] }\n  ${kept} \\n\n");
    assertThat(file.object("data").string("indented")).isEqualTo("line one\n  line two\n");
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("unclosed block", "a = 1\nblock \"x\" {\n  b = 2\n", 4, 1, "not closed"),
        Arguments.of("stray brace", "a = 1\n}\n", 2, 1, "unexpected }"),
        Arguments.of("stray brace in block", "b {\n}\n}\n", 3, 1, "unexpected }"),
        Arguments.of("unquoted value", "a = 1\naddress = localhost\n", 2, 11, "unquoted value"),
        Arguments.of("missing =", "a = 1\naddress \"x\"\n", 3, 1, "expected ="),
        Arguments.of("missing = before value", "path \"/bao\" x = 1\n", 1, 13, "expected ="),
        Arguments.of("duplicate key", "a = 1\nb {\n  k = 1\n  k = 2\n}\n", 4, 3, "already set"),
        Arguments.of("duplicate key in object", "o = { k = 1, k = 2 }", 1, 14, "already set"),
        Arguments.of("unterminated string", "a = \"abc\nb = 1\n", 1, 5, "not terminated"),
        Arguments.of("unclosed interpolation", "a = \"${x\"\n", 1, 5, "never closed"),
        Arguments.of("unknown escape", "a = \"bad \\q\"", 1, 10, "unknown escape"),
        Arguments.of("surrogate escape", "a = \"\\ud83d\"", 1, 6, "not a unicode code point"),
        Arguments.of("short unicode escape", "a = \"\\u12\"", 1, 6, "hex digits"),
        Arguments.of("unclosed list", "a = [1, 2\n", 2, 1, "not closed"),
        Arguments.of("list without comma", "a = [1 2]", 1, 8, "expected , or ]"),
        Arguments.of("malformed number", "a = 1.2.3", 1, 5, "malformed number"),
        Arguments.of("bare word number", "a = 8200s", 1, 5, "malformed number"),
        Arguments.of("missing value", "a =\n", 2, 1, "expected a value"),
        Arguments.of("unterminated heredoc", "a = <<EOT\ntext\n", 1, 5, "never terminated"),
        Arguments.of("heredoc anchor line", "a = <<EOT text\nEOT\n", 1, 5, "must end its line"),
        Arguments.of("unclosed comment", "a = 1\n/* open\n", 2, 1, "never closed"),
        Arguments.of("unquoted label", "listener tcp {\n}\n", 1, 10, "expected ="),
        Arguments.of("stray character", "a = 1\n= 2\n", 2, 1, "expected an attribute name"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void rejectsMalformedInputNamingLineAndColumn(
      String name, String text, int line, int column, String message) {
    assertThatThrownBy(() -> HclParser.parse(text))
        .isInstanceOf(HclSyntaxException.class)
        .hasMessageContaining("line " + line + ", column " + column)
        .hasMessageContaining(message)
        .satisfies(
            e ->
                assertThat(((HclSyntaxException) e).position())
                    .isEqualTo(new HclPosition(line, column)));
  }

  @Test
  void typedAccessorsNameTheKindOnAMismatchAndTheKeysWhenMissing() {
    HclBody file = HclParser.parse("a = 1\n");

    assertThatThrownBy(() -> file.string("a")).hasMessageContaining("a is a number, not String");
    assertThatThrownBy(() -> file.get("b")).hasMessageContaining("no attribute b in [a]");
  }
}
