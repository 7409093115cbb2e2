package org.baoflow.activities.pki;

import java.time.Instant;
import java.util.Objects;

/**
 * Whether the operator-managed server certificate must be re-issued, and why.
 *
 * @param rotate true unless the reason is {@link Reason#VALID}
 * @param reason the first applicable reason, in the order of {@link Reason}
 * @param notAfter the current certificate's expiry
 */
public record RotationDecision(boolean rotate, Reason reason, Instant notAfter) {

  public RotationDecision {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(notAfter, "notAfter");
    if (rotate != (reason != Reason.VALID)) {
      throw new IllegalArgumentException(
          "rotate must be true exactly when the reason is not VALID");
    }
  }

  static RotationDecision of(Reason reason, Instant notAfter) {
    return new RotationDecision(reason != Reason.VALID, reason, notAfter);
  }

  /** Why a certificate is kept or replaced, from the most to the least urgent. */
  public enum Reason {
    /** The certificate's notAfter has passed. */
    EXPIRED,
    /** The certificate's notBefore is still ahead (a clock jumped or the issuer's was wrong). */
    NOT_YET_VALID,
    /** The certificate's SANs differ from the wanted set (for example after a replica change). */
    SANS_DRIFTED,
    /** Less than the rotation period is left before notAfter. */
    EXPIRING,
    /** Nothing to do. */
    VALID
  }
}
