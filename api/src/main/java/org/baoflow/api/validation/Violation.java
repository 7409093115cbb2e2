package org.baoflow.api.validation;

/**
 * One broken rule.
 *
 * @param field path of the offending field as users write it, such as {@code spec.tls.mode}
 * @param message what is wrong and how to fix it (for CEL rules, the rule's own message)
 */
public record Violation(String field, String message) {}
