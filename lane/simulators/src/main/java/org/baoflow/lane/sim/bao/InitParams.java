package org.baoflow.lane.sim.bao;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The fields of a {@code sys/init} request; absent numbers are 0 and absent lists empty. */
public record InitParams(
    int secretShares,
    int secretThreshold,
    List<String> pgpKeys,
    int recoveryShares,
    int recoveryThreshold,
    List<String> recoveryPgpKeys) {

  /** Copies the lists. */
  public InitParams {
    pgpKeys = List.copyOf(pgpKeys);
    recoveryPgpKeys = List.copyOf(recoveryPgpKeys);
  }

  /**
   * Checks the request against an auto-unseal seal as OpenBao's {@code validateInitParameters}
   * does, throwing the 400 it answers.
   */
  void validateForAutoUnseal(String sealType) {
    List<String> barrierFlags = new ArrayList<>();
    if (secretShares != 0) {
      barrierFlags.add("secret_shares");
    }
    if (secretThreshold != 0) {
      barrierFlags.add("secret_threshold");
    }
    if (!pgpKeys.isEmpty()) {
      barrierFlags.add("pgp_keys");
    }
    if (!barrierFlags.isEmpty()) {
      throw BaoException.of(
          400,
          "parameters "
              + String.join(",", barrierFlags)
              + " not applicable to seal type "
              + sealType);
    }
    recoveryProblem()
        .ifPresent(
            problem -> {
              throw BaoException.of(400, "invalid recovery configuration: " + problem);
            });
  }

  private Optional<String> recoveryProblem() {
    if (recoveryShares > 1 && recoveryThreshold < 2) {
      return Optional.of("threshold must be greater than one for multiple shares");
    }
    if (recoveryShares > 255) {
      return Optional.of("shares must be less than 256");
    }
    if (recoveryThreshold > 255) {
      return Optional.of("threshold must be less than 256");
    }
    if (recoveryThreshold > recoveryShares) {
      return Optional.of("threshold cannot be larger than shares");
    }
    if (!recoveryPgpKeys.isEmpty() && recoveryPgpKeys.size() != recoveryShares) {
      return Optional.of("count mismatch between number of provided PGP keys and number of shares");
    }
    return Optional.empty();
  }
}
