package org.baoflow.worker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.baoflow.activities.pki.CertificateAuthority;
import org.baoflow.activities.pki.PemCodec;

/** PEM files for TLS settings: a CA certificate and its PKCS#8 key, written to a directory. */
record TlsFiles(Path certificate, Path key) {

  static TlsFiles write(Path directory) {
    CertificateAuthority ca = CertificateAuthority.create("worker-test", Instant.now());
    try {
      Path certificate =
          Files.writeString(
              directory.resolve("client.crt"),
              PemCodec.encodeCertificates(List.of(ca.certificate())));
      Path key =
          Files.writeString(
              directory.resolve("client.key"), PemCodec.encodePrivateKey(ca.privateKey()));
      return new TlsFiles(certificate, key);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
