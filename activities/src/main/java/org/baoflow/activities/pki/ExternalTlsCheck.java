package org.baoflow.activities.pki;

import static org.baoflow.activities.pki.ExternalTlsMaterial.CA_CRT;
import static org.baoflow.activities.pki.ExternalTlsMaterial.TLS_CRT;
import static org.baoflow.activities.pki.ExternalTlsMaterial.TLS_KEY;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks user-provided (External mode) TLS material before it is mounted: the server certificate
 * chains to the CA, the key belongs to the certificate, the certificates are valid now and the
 * server certificate covers the wanted SANs.
 */
public final class ExternalTlsCheck {

  private ExternalTlsCheck() {}

  public static ExternalTlsReport check(
      ExternalTlsMaterial material, SubjectAltNames wanted, Instant now) {
    List<ExternalTlsReport.Problem> problems = new ArrayList<>();
    List<X509Certificate> cas =
        certificates(CA_CRT, material.caCrt(), "the CA certificate that issued tls.crt", problems);
    List<X509Certificate> chain =
        certificates(
            TLS_CRT,
            material.tlsCrt(),
            "the server certificate, followed by any intermediate CA certificates",
            problems);
    PrivateKey key = privateKey(material.tlsKey(), problems);

    for (X509Certificate ca : cas) {
      checkValidity(CA_CRT, "the CA certificate " + subject(ca), ca, now, problems);
    }
    if (chain.isEmpty()) {
      return new ExternalTlsReport(problems);
    }
    X509Certificate server = chain.get(0);
    checkValidity(TLS_CRT, "the server certificate " + subject(server), server, now, problems);
    if (!cas.isEmpty() && !CertificateChain.leadsTo(chain, cas)) {
      problems.add(
          problem(
              CA_CRT,
              "ca.crt does not hold the CA that signed tls.crt; put the issuing CA's certificate"
                  + " under ca.crt (and any intermediate CA certificates in tls.crt after the"
                  + " server certificate)."));
    }
    if (key != null) {
      checkKey(key, server, problems);
    }
    SubjectAltNames missing = wanted.notCoveredBy(SubjectAltNames.of(server));
    if (!missing.isEmpty()) {
      problems.add(
          problem(
              TLS_CRT,
              "tls.crt does not cover "
                  + String.join(", ", missing.all())
                  + "; re-issue the certificate with these names as subjectAltName entries."));
    }
    return new ExternalTlsReport(problems);
  }

  private static List<X509Certificate> certificates(
      String secretKey, String pem, String expected, List<ExternalTlsReport.Problem> problems) {
    if (pem == null || pem.isBlank()) {
      problems.add(
          problem(
              secretKey, secretKey + " is missing or empty; add " + expected + " in PEM form."));
      return List.of();
    }
    try {
      return PemCodec.decodeCertificates(pem);
    } catch (PemFormatException e) {
      problems.add(
          problem(
              secretKey,
              secretKey
                  + " cannot be read ("
                  + e.getMessage()
                  + "); it must hold "
                  + expected
                  + " as PEM '-----BEGIN CERTIFICATE-----' blocks."));
      return List.of();
    }
  }

  private static PrivateKey privateKey(String pem, List<ExternalTlsReport.Problem> problems) {
    if (pem == null || pem.isBlank()) {
      problems.add(
          problem(
              TLS_KEY,
              "tls.key is missing or empty; add the server certificate's private key in PEM"
                  + " form."));
      return null;
    }
    try {
      return PemCodec.decodePrivateKey(pem);
    } catch (PemFormatException e) {
      problems.add(
          problem(
              TLS_KEY,
              "tls.key cannot be read ("
                  + e.getMessage()
                  + "); it must hold an unencrypted PEM key ('PRIVATE KEY', 'EC PRIVATE KEY' or"
                  + " 'RSA PRIVATE KEY')."));
      return null;
    }
  }

  private static void checkValidity(
      String secretKey,
      String what,
      X509Certificate certificate,
      Instant now,
      List<ExternalTlsReport.Problem> problems) {
    Instant notBefore = certificate.getNotBefore().toInstant();
    Instant notAfter = certificate.getNotAfter().toInstant();
    if (now.isAfter(notAfter)) {
      problems.add(
          problem(
              secretKey,
              secretKey
                  + ": "
                  + what
                  + " expired at "
                  + notAfter
                  + "; renew it and update the Secret."));
    } else if (now.isBefore(notBefore)) {
      problems.add(
          problem(
              secretKey,
              secretKey
                  + ": "
                  + what
                  + " is not valid before "
                  + notBefore
                  + "; check the issuer's clock or wait until then."));
    }
  }

  private static void checkKey(
      PrivateKey key, X509Certificate server, List<ExternalTlsReport.Problem> problems) {
    if (!KeyMatch.isSupported(key)) {
      problems.add(
          problem(
              TLS_KEY,
              "tls.key is a "
                  + key.getAlgorithm()
                  + " key, which cannot be checked; use an ECDSA, RSA or Ed25519 key."));
    } else if (!KeyMatch.matches(key, server.getPublicKey())) {
      problems.add(
          problem(
              TLS_KEY,
              "tls.key is not the private key of the certificate in tls.crt; put the key that was"
                  + " generated with this certificate under tls.key."));
    }
  }

  private static String subject(X509Certificate certificate) {
    return "'" + certificate.getSubjectX500Principal().getName() + "'";
  }

  private static ExternalTlsReport.Problem problem(String secretKey, String message) {
    return new ExternalTlsReport.Problem(secretKey, message);
  }
}
