package org.baoflow.activities.pki;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a leaf certificate chains, through optional intermediates, to one of some trusted CAs.
 */
final class CertificateChain {

  private CertificateChain() {}

  /**
   * Walks issuer links from {@code chain.get(0)}, using the rest of {@code chain} as intermediates,
   * until a certificate is signed by one of {@code trusted}. Only names and signatures are checked;
   * validity dates are reported separately with clearer words.
   */
  static boolean leadsTo(List<X509Certificate> chain, List<X509Certificate> trusted) {
    List<X509Certificate> intermediates = new ArrayList<>(chain.subList(1, chain.size()));
    X509Certificate current = chain.get(0);
    while (issuerOf(current, trusted) == null) {
      X509Certificate next = issuerOf(current, intermediates);
      if (next == null) {
        return false;
      }
      // Each intermediate is used once, so a loop of cross-signed certificates still ends.
      intermediates.remove(next);
      current = next;
    }
    return true;
  }

  private static X509Certificate issuerOf(
      X509Certificate certificate, List<X509Certificate> candidates) {
    for (X509Certificate candidate : candidates) {
      if (isSignedBy(certificate, candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static boolean isSignedBy(X509Certificate certificate, X509Certificate issuer) {
    if (!certificate.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
      return false;
    }
    try {
      certificate.verify(issuer.getPublicKey());
      return true;
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
