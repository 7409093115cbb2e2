package org.baoflow.activities.kube.render;

/**
 * The contract between the rendered pod spec and the rendered files inside it: volumes, mount
 * paths, file keys, ports and environment variables. The StatefulSet mounts exactly these; the
 * entrypoint script and config.hcl read exactly these, so a drift breaks the cross-object tests.
 */
public final class PodLayout {
  /** OpenBao's API port. */
  public static final int API_PORT = 8200;

  /** OpenBao's cluster (raft and forwarding) port. */
  public static final int CLUSTER_PORT = 8201;

  /** Name of the container running OpenBao. */
  public static final String CONTAINER = "openbao";

  /** Volume and mount of the config.hcl template (ConfigMap {@code <cluster>-config[-rev]}). */
  public static final String CONFIG_TEMPLATE_VOLUME = "config-template";

  public static final String CONFIG_TEMPLATE_DIR = "/etc/bao/config-template";
  public static final String CONFIG_TEMPLATE_KEY = "config.hcl";

  /** Volume and mount of the entrypoint script (ConfigMap {@code <cluster>-entrypoint}). */
  public static final String ENTRYPOINT_VOLUME = "entrypoint";

  public static final String ENTRYPOINT_DIR = "/etc/bao/entrypoint";
  public static final String ENTRYPOINT_KEY = "entrypoint.sh";

  /** Volume and mount of the self-init stanzas (ConfigMap {@code <cluster>-config-init}). */
  public static final String SELF_INIT_VOLUME = "self-init";

  public static final String SELF_INIT_DIR = "/etc/bao/self-init";
  public static final String SELF_INIT_KEY = "self-init.hcl";

  /** Volume and mount of the server certificate (Secret {@code <cluster>-tls-server}). */
  public static final String TLS_VOLUME = "tls";

  public static final String TLS_DIR = "/etc/bao/tls";
  public static final String TLS_CERT_KEY = "tls.crt";
  public static final String TLS_KEY_KEY = "tls.key";
  public static final String TLS_CA_KEY = "ca.crt";

  /** Volume and mount of the static seal key (Secret {@code <cluster>-unseal-key}). */
  public static final String UNSEAL_VOLUME = "unseal-key";

  public static final String UNSEAL_DIR = "/etc/bao/unseal";
  public static final String UNSEAL_KEY = "key";

  /**
   * Volume and mount of the seal credentials Secret ({@code spec.unseal.credentialsSecretRef}),
   * whose keys are also the container's environment: files for what a seal reads from a path, such
   * as {@code transit.tlsCACert}. Where the Go operator mounts it, so its CRs keep working.
   */
  public static final String SEAL_CREDS_VOLUME = "seal-creds";

  public static final String SEAL_CREDS_DIR = "/etc/bao/seal-creds";

  /** Writable volume where the entrypoint writes the final config (the root FS is read-only). */
  public static final String CONFIG_VOLUME = "config";

  public static final String CONFIG_DIR = "/bao/config";
  public static final String CONFIG_FILE = CONFIG_DIR + "/config.hcl";

  /** Raft data (the PVC template {@code data}). */
  public static final String DATA_VOLUME = "data";

  public static final String DATA_DIR = "/bao/data";

  /** Writable scratch space. */
  public static final String TMP_VOLUME = "tmp";

  public static final String TMP_DIR = "/tmp";

  /** CA of the Kubernetes API, mounted by Kubernetes with the service-account token. */
  public static final String KUBERNETES_CA_FILE =
      "/var/run/secrets/kubernetes.io/serviceaccount/ca.crt";

  /** Environment filled from the downward API. */
  public static final String ENV_POD_NAME = "POD_NAME";

  public static final String ENV_POD_NAMESPACE = "POD_NAMESPACE";
  public static final String ENV_POD_IP = "POD_IP";

  /** Environment OpenBao's Kubernetes service registration reads. */
  public static final String ENV_K8S_POD_NAME = "BAO_K8S_POD_NAME";

  public static final String ENV_K8S_NAMESPACE = "BAO_K8S_NAMESPACE";

  /** Demo login password (Secret {@code <cluster>-demo-login}, key {@code password}). */
  public static final String ENV_DEMO_PASSWORD = "BAO_DEMO_PASSWORD";

  public static final String DEMO_PASSWORD_KEY = "password";

  private PodLayout() {}
}
