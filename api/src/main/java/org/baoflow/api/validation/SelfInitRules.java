package org.baoflow.api.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.baoflow.api.v1alpha1.SelfInitRequest;
import org.baoflow.api.v1alpha1.SelfInitSpec;

/** Self-init requests are unambiguous and somebody can log in (CEL on SelfInitSpec/Request). */
final class SelfInitRules {
  private SelfInitRules() {}

  static void check(SelfInitSpec selfInit, List<Violation> out) {
    if (selfInit == null) {
      return;
    }
    List<SelfInitRequest> requests = selfInit.getRequests();
    if (requests != null) {
      Set<String> names = new HashSet<>();
      boolean duplicate = false;
      for (SelfInitRequest request : requests) {
        duplicate |= !names.add(request.getName());
      }
      if (duplicate) {
        out.add(new Violation("spec.selfInit.requests", Messages.SELF_INIT_NAMES_UNIQUE));
      }
      for (int i = 0; i < requests.size(); i++) {
        if (payloads(requests.get(i)) > 1) {
          out.add(
              new Violation("spec.selfInit.requests[" + i + "]", Messages.SELF_INIT_ONE_PAYLOAD));
        }
      }
    }
    // An absent oidc block means the JWT bootstrap with its defaults, as the renderer reads it.
    boolean oidc =
        selfInit.getOidc() == null || !Boolean.FALSE.equals(selfInit.getOidc().getEnabled());
    if (Boolean.TRUE.equals(selfInit.getEnabled())
        && !oidc
        && (requests == null || requests.isEmpty())) {
      out.add(new Violation("spec.selfInit.requests", Messages.SELF_INIT_NEEDS_REQUEST));
    }
  }

  private static long payloads(SelfInitRequest request) {
    return Stream.of(
            request.getAuditDevice(),
            request.getAuthMethod(),
            request.getSecretEngine(),
            request.getPolicy(),
            request.getData())
        .filter(Objects::nonNull)
        .count();
  }
}
