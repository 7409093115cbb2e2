package org.baoflow.api.validation;

import java.util.List;
import java.util.regex.Pattern;
import org.baoflow.api.v1alpha1.SecretRef;

/** References that must not name the Secrets BaoFlow generates for a cluster. */
final class OwnSecrets {
  private static final Pattern OWN = Pattern.compile(Patterns.OWN_SECRET_NAME);

  private OwnSecrets() {}

  /** Adds a violation when {@code ref} names one of BaoFlow's own Secrets. */
  static void check(SecretRef ref, String field, String message, List<Violation> out) {
    if (ref != null && ref.getName() != null && OWN.matcher(ref.getName()).find()) {
      out.add(new Violation(field + ".name", message));
    }
  }
}
