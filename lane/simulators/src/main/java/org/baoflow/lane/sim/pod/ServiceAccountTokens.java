package org.baoflow.lane.sim.pod;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.authentication.TokenRequest;
import io.fabric8.kubernetes.api.model.authentication.TokenRequestBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.List;

/** Projected service-account tokens, requested from the lane cluster as the kubelet does. */
final class ServiceAccountTokens {
  private final KubernetesClient client;

  ServiceAccountTokens(KubernetesClient client) {
    this.client = client;
  }

  /**
   * A token for the pod's service account, bound to the pod.
   *
   * @param audiences the token's audiences; empty for the API server's
   */
  String token(Pod pod, List<String> audiences, long expirationSeconds) {
    String account = serviceAccount(pod);
    TokenRequest request =
        new TokenRequestBuilder()
            .withNewSpec()
            .withAudiences(audiences)
            .withExpirationSeconds(expirationSeconds)
            .withNewBoundObjectRef()
            .withApiVersion("v1")
            .withKind("Pod")
            .withName(pod.getMetadata().getName())
            .withUid(pod.getMetadata().getUid())
            .endBoundObjectRef()
            .endSpec()
            .build();
    try {
      return client
          .serviceAccounts()
          .inNamespace(pod.getMetadata().getNamespace())
          .withName(account)
          .tokenRequest(request)
          .getStatus()
          .getToken();
    } catch (KubernetesClientException e) {
      throw new ContainerStartException(
          "failed to fetch token for service account "
              + pod.getMetadata().getNamespace()
              + "/"
              + account
              + ": "
              + (e.getStatus() != null ? e.getStatus().getMessage() : "HTTP " + e.getCode()),
          e);
    }
  }

  static String serviceAccount(Pod pod) {
    String account = pod.getSpec().getServiceAccountName();
    return account == null || account.isEmpty() ? "default" : account;
  }
}
