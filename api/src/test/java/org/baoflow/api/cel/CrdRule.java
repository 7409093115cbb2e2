package org.baoflow.api.cel;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.types.CelType;
import java.util.Map;

/**
 * One {@code x-kubernetes-validations} entry with where it sits and how it compiled.
 *
 * @param path schema path of the node the rule is on, such as {@code spec.tls}
 * @param node the node; {@code self} is its value
 * @param selfType CEL type of {@code self} (and {@code oldSelf})
 * @param entry the entry as written: rule, message, fieldPath, reason...
 * @param underAtomicList whether an atomic list lies between the root and the node, where
 *     Kubernetes cannot correlate old and new values
 * @param ast the checked expression, or {@code null} when it did not compile
 * @param compileError why it did not compile, or {@code null}
 */
public record CrdRule(
    String path,
    SchemaNode node,
    CelType selfType,
    Map<String, Object> entry,
    boolean underAtomicList,
    boolean underUnboundedList,
    CelAbstractSyntaxTree ast,
    String compileError) {

  public String rule() {
    return (String) entry.get("rule");
  }

  public String message() {
    return (String) entry.get("message");
  }

  /** Whether it compares with {@code oldSelf}, so runs only on updates. */
  public boolean isTransition() {
    return rule().matches("(?s).*\\boldSelf\\b.*");
  }
}
