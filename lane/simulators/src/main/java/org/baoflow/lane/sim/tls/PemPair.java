package org.baoflow.lane.sim.tls;

/**
 * A server's certificate chain (leaf first) and its private key, both PEM.
 *
 * @param certificateChainPem the leaf, then the issuing CA
 * @param privateKeyPem the leaf's key, PKCS#8
 */
public record PemPair(String certificateChainPem, String privateKeyPem) {

  /** Leaves the key out. */
  @Override
  public String toString() {
    return "PemPair[certificateChainPem=" + certificateChainPem.length() + " chars, key hidden]";
  }
}
