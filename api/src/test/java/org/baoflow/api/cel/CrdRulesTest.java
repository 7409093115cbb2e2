package org.baoflow.api.cel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableAst;
import dev.cel.common.navigation.CelNavigableExpr;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.baoflow.api.validation.Messages;
import org.junit.jupiter.api.Test;

/** The CEL rules of the generated CRDs are ones a Kubernetes API server accepts. */
class CrdRulesTest {
  private static final Set<String> REASONS =
      Set.of(
          "FieldValueInvalid", "FieldValueForbidden", "FieldValueRequired", "FieldValueDuplicate");
  // String functions whose Kubernetes cost grows with the receiver's length.
  private static final Set<String> STRING_FUNCTIONS =
      Set.of(
          "matches",
          "lowerAscii",
          "upperAscii",
          "startsWith",
          "endsWith",
          "contains",
          "substring",
          "indexOf",
          "lastIndexOf",
          "split",
          "replace",
          "trim");

  private static List<CrdRule> allRules() {
    List<CrdRule> rules = new ArrayList<>(Crds.clusters().rules());
    rules.addAll(Crds.restores().rules());
    return rules;
  }

  @Test
  void everyRuleCompilesOnCelJavaWithoutKubernetesLibraries() {
    assertThat(allRules())
        .filteredOn(rule -> rule.ast() == null)
        .extracting(rule -> rule.path() + ": " + rule.rule() + " -> " + rule.compileError())
        .isEmpty();
    assertThat(Crds.clusters().rules()).hasSizeGreaterThanOrEqualTo(30);
    assertThat(Crds.restores().rules()).hasSize(6);
  }

  @Test
  void harnessRefusesKubernetesOnlyFunctionsAndBadRegexes() {
    Map<String, Object> schema =
        Map.of(
            "type", "object",
            "properties", Map.of("size", Map.of("type", "string")),
            "x-kubernetes-validations",
                List.of(
                    Map.of("rule", "quantity(self.size).isGreaterThan(quantity('1Gi'))"),
                    Map.of("rule", "isSemver(self.size)"),
                    Map.of("rule", "url(self.size).getHost() != ''"),
                    Map.of("rule", "self.size.matches('(')"),
                    Map.of("rule", "self.size == 1"),
                    Map.of("rule", "self.size.lowerAscii() == 'x'")));
    List<CrdRule> rules = CrdCelHarness.of(schema).rules();
    assertThat(rules).extracting(CrdRule::compileError).first().isNotNull();
    assertThat(rules.subList(0, 5)).allSatisfy(rule -> assertThat(rule.ast()).isNull());
    assertThat(rules.get(5).ast()).isNotNull();
  }

  @Test
  void everyMessageIsAConstantOfMessages() throws IllegalAccessException {
    List<String> constants = new ArrayList<>();
    for (Field field : Messages.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        constants.add((String) field.get(null));
      }
    }
    assertThat(allRules()).extracting(CrdRule::message).allMatch(constants::contains);
    assertThat(allRules())
        .extracting(CrdRule::message)
        .allSatisfy(message -> assertThat(message).isNotBlank().doesNotContain("\n"));
  }

  @Test
  void fieldPathsNameSchemaFieldsAndReasonsAreKubernetesReasons() {
    for (CrdRule rule : allRules()) {
      String fieldPath = (String) rule.entry().get("fieldPath");
      if (fieldPath != null) {
        SchemaNode node = rule.node();
        for (String segment : fieldPath.substring(1).split("\\.")) {
          assertThat(node.properties()).as(rule.path() + " " + fieldPath).containsKey(segment);
          node = node.properties().get(segment);
        }
      }
      Object reason = rule.entry().get("reason");
      if (reason != null) {
        assertThat(REASONS).as(rule.path()).contains((String) reason);
      }
    }
  }

  @Test
  void transitionRulesSitWhereOldValuesCorrelate() {
    assertThat(allRules())
        .filteredOn(CrdRule::isTransition)
        .isNotEmpty()
        .allSatisfy(rule -> assertThat(rule.underAtomicList()).as(rule.path()).isFalse());
  }

  /**
   * Kubernetes estimates the worst-case cost of every rule from the schema's bounds and refuses the
   * CRD when it is too high; unbounded lists a rule iterates, strings it scans and lists above a
   * rule's node are what blow the estimate.
   */
  @Test
  void whatRulesIterateOrScanIsBounded() {
    for (CrdRule rule : allRules()) {
      assertThat(rule.underUnboundedList())
          .as("rule under an unbounded list: " + rule.path())
          .isFalse();
      CelNavigableAst ast = CelNavigableAst.fromAst(rule.ast());
      ast.getRoot()
          .allNodes()
          .map(CelNavigableExpr::expr)
          .forEach(expr -> assertBounded(rule, expr));
    }
    assertThat(
            Crds.clusters()
                .root()
                .properties()
                .get("spec")
                .properties()
                .get("selfInit")
                .properties()
                .get("requests")
                .number("maxItems"))
        .isNotNull();
  }

  private static void assertBounded(CrdRule rule, CelExpr expr) {
    if (expr.getKind() == CelExpr.ExprKind.Kind.COMPREHENSION) {
      SchemaNode range = resolve(rule, expr.comprehension().iterRange());
      if (range != null) {
        assertThat(range.number("maxItems"))
            .as(rule.path() + ": iterated list needs maxItems: " + rule.rule())
            .isNotNull();
      }
    }
    if (expr.getKind() == CelExpr.ExprKind.Kind.CALL
        && STRING_FUNCTIONS.contains(expr.call().function())
        && expr.call().target().isPresent()) {
      SchemaNode receiver = resolve(rule, expr.call().target().get());
      if (receiver != null) {
        assertThat(receiver.number("maxLength"))
            .as(rule.path() + ": scanned string needs maxLength: " + rule.rule())
            .isNotNull();
      }
    }
  }

  /** The schema node a select chain from self or oldSelf reads, or null for anything else. */
  private static SchemaNode resolve(CrdRule rule, CelExpr expr) {
    return switch (expr.getKind()) {
      case IDENT ->
          Stream.of("self", "oldSelf").anyMatch(expr.ident().name()::equals) ? rule.node() : null;
      case SELECT -> {
        SchemaNode operand = resolve(rule, expr.select().operand());
        yield operand == null ? null : operand.properties().get(expr.select().field());
      }
      case CALL ->
          STRING_FUNCTIONS.contains(expr.call().function()) && expr.call().target().isPresent()
              ? resolve(rule, expr.call().target().get())
              : null;
      default -> null;
    };
  }
}
