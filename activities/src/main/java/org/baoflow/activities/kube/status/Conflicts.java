package org.baoflow.activities.kube.status;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.function.Supplier;

/**
 * Optimistic concurrency: a write carries the resourceVersion it read, and a 409 means somebody
 * wrote in between, so the whole read-modify-write runs again on fresh data.
 */
final class Conflicts {
  private static final int ATTEMPTS = 10;
  private static final int CONFLICT = 409;

  private Conflicts() {}

  /**
   * Runs {@code readModifyWrite} until it passes without a conflict; after {@value #ATTEMPTS}
   * conflicts in a row the last one is thrown and the activity's retry policy takes over.
   */
  static <T> T retry(Supplier<T> readModifyWrite) {
    for (int attempt = 1; ; attempt++) {
      try {
        return readModifyWrite.get();
      } catch (KubernetesClientException e) {
        if (e.getCode() != CONFLICT || attempt >= ATTEMPTS) {
          throw e;
        }
      }
    }
  }
}
