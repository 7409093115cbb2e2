package org.baoflow.activities.openbao;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import java.time.Duration;
import java.util.Optional;
import org.baoflow.activities.bao.BaoToken;
import org.baoflow.activities.kube.render.Labels;
import org.baoflow.activities.kube.render.ResourceNames;

/**
 * Secret {@code <cluster>-root-token} (key {@value #KEY}) of a cluster initialized through {@code
 * sys/init}. It carries the common labels but no owner reference, so deleting the OpenBaoCluster
 * never deletes the only way into its data; the deletion policy decides.
 */
final class RootTokenSecret {
  static final String KEY = "token";

  /** Writing the token is the one step whose loss cannot be repaired: try harder than once. */
  private static final int WRITE_ATTEMPTS = 5;

  private RootTokenSecret() {}

  /** The stored root token, if the Secret exists. */
  static Optional<BaoToken> read(KubernetesClient kube, ResourceNames names) {
    return SecretValues.read(kube, names.namespace(), names.rootTokenSecret(), KEY)
        .map(BaoToken::of);
  }

  /**
   * Stores {@code token}, replacing a stale Secret left by an earlier cluster of the same name (its
   * token opens nothing any more). Retries a few times {@code pause} apart.
   */
  static void write(KubernetesClient kube, ResourceNames names, BaoToken token, Duration pause) {
    Secret secret =
        new SecretBuilder()
            .withNewMetadata()
            .withNamespace(names.namespace())
            .withName(names.rootTokenSecret())
            .withLabels(Labels.common(names.cluster()))
            .endMetadata()
            .withType("Opaque")
            .addToStringData(KEY, token.reveal())
            .build();
    for (int attempt = 1; ; attempt++) {
      try {
        kube.resource(secret).createOr(NonDeletingOperation::update);
        return;
      } catch (KubernetesClientException e) {
        if (attempt == WRITE_ATTEMPTS) {
          throw new IllegalStateException(
              "cannot write Secret "
                  + names.namespace()
                  + "/"
                  + names.rootTokenSecret()
                  + " after "
                  + attempt
                  + " attempts (HTTP "
                  + e.getCode()
                  + ")");
        }
        sleep(pause);
      }
    }
  }

  private static void sleep(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing the root token Secret", e);
    }
  }
}
