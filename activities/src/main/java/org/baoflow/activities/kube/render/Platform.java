package org.baoflow.activities.kube.render;

/**
 * Facts about where BaoFlow runs that renderers need and the cluster resource does not hold.
 *
 * @param workerNamespace namespace of the BaoFlow worker
 * @param workerServiceAccount ServiceAccount of the worker; OpenBao's JWT roles are bound to it
 * @param serviceAccountIssuer issuer URL of the Kubernetes service-account tokens, whose OIDC
 *     discovery document OpenBao's JWT auth reads, such as {@code
 *     https://kubernetes.default.svc.cluster.local}
 */
public record Platform(
    String workerNamespace, String workerServiceAccount, String serviceAccountIssuer) {

  /** The JWT subject of the worker's service-account tokens. */
  public String workerSubject() {
    return "system:serviceaccount:" + workerNamespace + ":" + workerServiceAccount;
  }
}
