package org.baoflow.activities.pki;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking External-mode TLS material: empty when the material is usable.
 *
 * @param problems what is wrong, one entry per problem, in the order found
 */
public record ExternalTlsReport(List<Problem> problems) {

  public ExternalTlsReport {
    problems = List.copyOf(problems);
  }

  public boolean valid() {
    return problems.isEmpty();
  }

  /**
   * One problem with the material.
   *
   * @param secretKey the Secret entry at fault ({@code ca.crt}, {@code tls.crt} or {@code tls.key})
   * @param message what is wrong and how to fix it, in plain words; never contains key material
   */
  public record Problem(String secretKey, String message) {
    public Problem {
      Objects.requireNonNull(secretKey, "secretKey");
      Objects.requireNonNull(message, "message");
    }
  }
}
