package org.baoflow.activities.kube.render;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The certs manager's write surface in OperatorManaged mode: the CA Secret ({@code ca.crt}, {@code
 * ca.key}) and the server certificate Secret ({@code tls.crt}, {@code tls.key}, {@code ca.crt}) the
 * pods mount. The PEM text comes in from the PKI activity; nothing is generated here.
 */
public final class CertificateSecretsRenderer {
  /** Key of the CA's private key in the CA Secret. */
  public static final String CA_KEY_KEY = "ca.key";

  private CertificateSecretsRenderer() {}

  /**
   * The two Secrets.
   *
   * @param ca the CA certificate and key, PEM
   * @param server the server certificate chain and key, PEM
   */
  public static List<Secret> render(ClusterModel model, PemPair ca, PemPair server) {
    return List.of(caSecret(model, ca), serverSecret(model, ca.certificatePem(), server));
  }

  /** The CA Secret alone: created once, before any server certificate exists. */
  public static Secret caSecret(ClusterModel model, PemPair ca) {
    Map<String, String> caData = new LinkedHashMap<>();
    caData.put(PodLayout.TLS_CA_KEY, ca.certificatePem());
    caData.put(CA_KEY_KEY, ca.privateKeyPem());
    return secret(model, model.names().caSecret(), "Opaque", caData);
  }

  /** The server certificate Secret alone: re-issued from the CA when due. */
  public static Secret serverSecret(ClusterModel model, String caCertificatePem, PemPair server) {
    Map<String, String> serverData = new LinkedHashMap<>();
    serverData.put(PodLayout.TLS_CERT_KEY, server.certificatePem());
    serverData.put(PodLayout.TLS_KEY_KEY, server.privateKeyPem());
    serverData.put(PodLayout.TLS_CA_KEY, caCertificatePem);
    return secret(model, model.names().serverTlsSecret(), "kubernetes.io/tls", serverData);
  }

  private static Secret secret(
      ClusterModel model, String name, String type, Map<String, String> text) {
    Map<String, String> data = new LinkedHashMap<>();
    text.forEach(
        (key, value) ->
            data.put(
                key, Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8))));
    return new SecretBuilder()
        .withMetadata(OwnedMetadata.of(model, name))
        .withType(type)
        .withData(data)
        .build();
  }

  /**
   * A certificate and its private key as PEM text.
   *
   * @param certificatePem the certificate (chain), PEM
   * @param privateKeyPem the private key, PKCS#8 PEM
   */
  public record PemPair(String certificatePem, String privateKeyPem) {
    // The key stays out of logs and exception messages.
    @Override
    public String toString() {
      return "PemPair[certificate, private key not shown]";
    }
  }
}
