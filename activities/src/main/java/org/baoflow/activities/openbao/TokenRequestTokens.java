package org.baoflow.activities.openbao;

import io.fabric8.kubernetes.api.model.authentication.TokenRequest;
import io.fabric8.kubernetes.api.model.authentication.TokenRequestBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Objects;

/**
 * Tokens from the Kubernetes TokenRequest API for a named ServiceAccount: how the lane's worker
 * gets its tokens, and a worker allowed to {@code create serviceaccounts/token} for itself.
 */
public final class TokenRequestTokens implements ServiceAccountTokens {
  /** Ten minutes, the shortest lifetime Kubernetes grants; a login needs the token only once. */
  private static final long EXPIRATION_SECONDS = 600L;

  private final KubernetesClient kube;
  private final String namespace;
  private final String serviceAccount;
  private final String audience;

  /**
   * Tokens of ServiceAccount {@code namespace/serviceAccount} for {@code audience}.
   *
   * @param kube the client whose credentials may request the tokens
   * @param namespace the ServiceAccount's namespace
   * @param serviceAccount the ServiceAccount's name
   * @param audience the audience the tokens carry
   */
  public TokenRequestTokens(
      KubernetesClient kube, String namespace, String serviceAccount, String audience) {
    this.kube = Objects.requireNonNull(kube, "kube");
    this.namespace = Objects.requireNonNull(namespace, "namespace");
    this.serviceAccount = Objects.requireNonNull(serviceAccount, "serviceAccount");
    this.audience = Objects.requireNonNull(audience, "audience");
  }

  @Override
  public String token() {
    TokenRequest answer =
        kube.serviceAccounts()
            .inNamespace(namespace)
            .withName(serviceAccount)
            .tokenRequest(
                new TokenRequestBuilder()
                    .withNewSpec()
                    .withAudiences(audience)
                    .withExpirationSeconds(EXPIRATION_SECONDS)
                    .endSpec()
                    .build());
    if (answer == null || answer.getStatus() == null || answer.getStatus().getToken() == null) {
      throw new IllegalStateException(
          "the TokenRequest for ServiceAccount "
              + namespace
              + "/"
              + serviceAccount
              + " answered no token");
    }
    return answer.getStatus().getToken();
  }

  @Override
  public String toString() {
    return "TokenRequestTokens["
        + namespace
        + "/"
        + serviceAccount
        + ", audience="
        + audience
        + "]";
  }
}
