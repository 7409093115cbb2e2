package org.baoflow.activities.pki;

/**
 * User-provided TLS material (External mode), as PEM text read from the Secrets.
 *
 * @param caCrt the {@code ca.crt} entry: the CA certificate(s) clients should trust
 * @param tlsCrt the {@code tls.crt} entry: the server certificate, then any intermediates
 * @param tlsKey the {@code tls.key} entry: the server's private key; never printed
 */
public record ExternalTlsMaterial(String caCrt, String tlsCrt, String tlsKey) {

  public static final String CA_CRT = "ca.crt";
  public static final String TLS_CRT = "tls.crt";
  public static final String TLS_KEY = "tls.key";

  @Override
  public String toString() {
    return "ExternalTlsMaterial[caCrt="
        + presence(caCrt)
        + ", tlsCrt="
        + presence(tlsCrt)
        + ", tlsKey=<redacted>]";
  }

  private static String presence(String pem) {
    return pem == null || pem.isBlank() ? "<empty>" : "<" + pem.length() + " chars>";
  }
}
