package org.baoflow.activities.kube.render;

/**
 * Names of everything BaoFlow creates for one cluster, in one place, so renderers, activities and
 * tests agree. Names follow the Go operator's, so its users find what they expect.
 *
 * @param cluster name of the OpenBaoCluster
 * @param namespace its namespace
 */
public record ResourceNames(String cluster, String namespace) {

  /** The StatefulSet of a revision; {@code null} for the unrevisioned (rolling) StatefulSet. */
  public String statefulSet(String revision) {
    return revision == null ? cluster : cluster + "-" + revision;
  }

  /** Headless Service that gives every pod of every revision its DNS name. */
  public String headlessService() {
    return cluster;
  }

  /** Client-facing Service (ClusterIP, NodePort or LoadBalancer). */
  public String publicService() {
    return cluster + "-public";
  }

  /** Service that exposes not-ready pods for ACME challenges. */
  public String acmeService() {
    return cluster + "-acme";
  }

  /** ConfigMap holding config.hcl of a revision. */
  public String configConfigMap(String revision) {
    return revision == null ? cluster + "-config" : cluster + "-config-" + revision;
  }

  /** ConfigMap holding the entrypoint script. */
  public String entrypointConfigMap() {
    return cluster + "-entrypoint";
  }

  /** ConfigMap holding the self-init stanzas that only ordinal 0 adds to its config. */
  public String selfInitConfigMap() {
    return cluster + "-config-init";
  }

  /** Secret with the CA certificate and key ({@code ca.crt}, {@code ca.key}). */
  public String caSecret() {
    return cluster + "-tls-ca";
  }

  /** Secret with the server certificate ({@code tls.crt}, {@code tls.key}, {@code ca.crt}). */
  public String serverTlsSecret() {
    return cluster + "-tls-server";
  }

  /** Secret with the static seal key ({@code key}). */
  public String unsealKeySecret() {
    return cluster + "-unseal-key";
  }

  /** Secret with the root token of a cluster initialized through {@code sys/init}. */
  public String rootTokenSecret() {
    return cluster + "-root-token";
  }

  /** Secret with the demo login password ({@code password}). */
  public String demoLoginSecret() {
    return cluster + "-demo-login";
  }

  /** ConfigMap with the CA certificate, for a Gateway's BackendTLSPolicy. */
  public String caConfigMap() {
    return cluster + "-tls-ca";
  }

  /** ServiceAccount of the OpenBao pods. */
  public String serviceAccount() {
    return cluster + "-serviceaccount";
  }

  /** Role (and RoleBinding) that lets OpenBao's service registration label its pods. */
  public String role() {
    return cluster + "-role";
  }

  /** PodDisruptionBudget. */
  public String podDisruptionBudget() {
    return cluster + "-pdb";
  }

  /** NetworkPolicy around the OpenBao pods. */
  public String networkPolicy() {
    return cluster + "-network-policy";
  }

  /** Gateway API HTTPRoute (terminating mode). */
  public String httpRoute() {
    return cluster + "-httproute";
  }

  /** Gateway API TLSRoute (passthrough mode). */
  public String tlsRoute() {
    return cluster + "-tlsroute";
  }

  /** Gateway API BackendTLSPolicy. */
  public String backendTlsPolicy() {
    return cluster + "-backend-tls-policy";
  }

  /** Ingress. */
  public String ingress() {
    return cluster;
  }

  /** Pod name of an ordinal of a StatefulSet. */
  public String pod(String statefulSet, int ordinal) {
    return statefulSet + "-" + ordinal;
  }

  /** DNS name of a pod through the headless Service. */
  public String podDnsName(String statefulSet, int ordinal) {
    return pod(statefulSet, ordinal) + "." + headlessService() + "." + namespace + ".svc";
  }

  /** DNS name of a Service of this namespace. */
  public String serviceDnsName(String service) {
    return service + "." + namespace + ".svc";
  }

  /**
   * Server name raft joins verify ({@code leader_tls_servername}): joins discover peers by pod IP,
   * so they need a name that every node's certificate carries.
   */
  public String raftTlsServerName() {
    return "openbao-cluster-" + cluster + ".local";
  }
}
