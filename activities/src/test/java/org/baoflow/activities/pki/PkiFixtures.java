package org.baoflow.activities.pki;

import java.time.Instant;
import java.util.List;

/** Shared inputs: a three-node cluster {@code dev} in namespace {@code default}. */
final class PkiFixtures {

  static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  static final SanRequest DEV =
      new SanRequest(
          "dev",
          "default",
          List.of(new SanRequest.PodSet("dev", 3)),
          false,
          null,
          List.of(),
          List.of());

  static final SubjectAltNames DEV_SANS = ServerSans.compute(DEV);

  private PkiFixtures() {}

  static SanRequest devWithReplicas(int replicas) {
    return new SanRequest(
        "dev",
        "default",
        List.of(new SanRequest.PodSet("dev", replicas)),
        false,
        null,
        List.of(),
        List.of());
  }
}
