package org.baoflow.activities.kube.render;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An OpenBao ACL policy built from path rules; {@link #text()} is the policy document, one rule a
 * line.
 *
 * @param name the policy name
 * @param rules its rules, in order
 */
public record AclPolicy(String name, List<Rule> rules) {

  /** Capabilities on one path. */
  record Rule(String path, List<String> capabilities) {}

  public AclPolicy {
    rules = List.copyOf(rules);
  }

  /** A policy without rules yet. */
  static AclPolicy named(String name) {
    return new AclPolicy(name, List.of());
  }

  /** This policy with one more rule. */
  AclPolicy allow(String path, String... capabilities) {
    List<Rule> more = new ArrayList<>(rules);
    more.add(new Rule(path, List.of(capabilities)));
    return new AclPolicy(name, more);
  }

  /** The policy document. */
  public String text() {
    return rules.stream()
        .map(
            rule ->
                "path "
                    + Hcl.quote(rule.path())
                    + " { capabilities = "
                    + rule.capabilities().stream()
                        .map(Hcl::quote)
                        .collect(Collectors.joining(", ", "[", "]"))
                    + " }\n")
        .collect(Collectors.joining());
  }
}
