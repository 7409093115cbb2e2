package org.baoflow.activities.kube.secrets;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.temporal.failure.ApplicationFailure;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.baoflow.activities.kube.render.CertificateSecretsRenderer;
import org.baoflow.activities.kube.render.CertificateSecretsRenderer.PemPair;
import org.baoflow.activities.kube.render.ClusterModel;
import org.baoflow.activities.kube.render.PodLayout;
import org.baoflow.activities.kube.render.ServerSanRequests;
import org.baoflow.activities.pki.CertificateAuthority;
import org.baoflow.activities.pki.CertificateFingerprint;
import org.baoflow.activities.pki.ExternalTlsCheck;
import org.baoflow.activities.pki.ExternalTlsMaterial;
import org.baoflow.activities.pki.ExternalTlsReport;
import org.baoflow.activities.pki.IssuedCertificate;
import org.baoflow.activities.pki.PemCodec;
import org.baoflow.activities.pki.SanRequest;
import org.baoflow.activities.pki.ServerSans;
import org.baoflow.activities.pki.SubjectAltNames;
import org.baoflow.api.v1alpha1.TlsSpec;
import org.baoflow.api.validation.GoDuration;
import org.baoflow.workflows.activities.FailureTypes;
import org.baoflow.workflows.activities.SecretActivities.TlsRequest;
import org.baoflow.workflows.activities.SecretActivities.TlsState;

/**
 * The server TLS of a cluster: in OperatorManaged mode the create-only CA and the server
 * certificate it signs, re-issued when due; in External mode a check of the user's Secret.
 */
final class ServerTls {
  private final KubernetesClient kube;

  ServerTls(KubernetesClient kube) {
    this.kube = kube;
  }

  TlsState ensureOperatorManaged(ClusterModel model, TlsRequest request) {
    Instant now = Instant.ofEpochMilli(request.nowMillis());
    Duration rotationPeriod = rotationPeriod(model);
    CertificateAuthority ca = certificateAuthority(model, now);
    SubjectAltNames wanted = wantedSans(model, request.replicas());
    Secret current = secret(model, model.names().serverTlsSecret());
    X509Certificate certificate = current == null ? null : firstCertificate(current);
    boolean issue =
        certificate == null
            || ServerCertificateRenewal.due(
                certificate, ca.certificate().getPublicKey(), wanted, rotationPeriod, now);
    if (issue) {
      IssuedCertificate issued =
          ca.issueServerCertificate(
              model.names().cluster(), model.names().namespace(), wanted, now);
      writeServerSecret(model, current, ca, issued);
      certificate = issued.certificate();
    }
    Instant notAfter = certificate.getNotAfter().toInstant();
    return new TlsState(
        CertificateFingerprint.sha256Hex(ca.certificate()),
        CertificateFingerprint.sha256Hex(certificate),
        notAfter.toEpochMilli(),
        ServerCertificateRenewal.renewAt(notAfter, rotationPeriod).toEpochMilli(),
        issue);
  }

  TlsState checkExternal(ClusterModel model, TlsRequest request) {
    String name = model.names().serverTlsSecret();
    String qualified = model.names().namespace() + "/" + name;
    Secret secret = secret(model, name);
    if (secret == null) {
      throw ApplicationFailure.newNonRetryableFailure(
          "Secret "
              + qualified
              + " is missing; External TLS needs it with tls.crt, tls.key and ca.crt: create it,"
              + " or set spec.tls.mode to OperatorManaged",
          FailureTypes.INVALID_TLS);
    }
    ExternalTlsReport report =
        ExternalTlsCheck.check(
            new ExternalTlsMaterial(
                SecretData.text(secret, PodLayout.TLS_CA_KEY),
                SecretData.text(secret, PodLayout.TLS_CERT_KEY),
                SecretData.text(secret, PodLayout.TLS_KEY_KEY)),
            wantedSans(model, request.replicas()),
            Instant.ofEpochMilli(request.nowMillis()));
    if (!report.valid()) {
      throw ApplicationFailure.newNonRetryableFailure(
          "Secret "
              + qualified
              + ": "
              + report.problems().stream()
                  .map(ExternalTlsReport.Problem::message)
                  .collect(Collectors.joining(" ")),
          FailureTypes.INVALID_TLS);
    }
    X509Certificate server =
        PemCodec.decodeCertificates(SecretData.text(secret, PodLayout.TLS_CERT_KEY)).get(0);
    X509Certificate ca =
        PemCodec.decodeCertificates(SecretData.text(secret, PodLayout.TLS_CA_KEY)).get(0);
    return new TlsState(
        CertificateFingerprint.sha256Hex(ca),
        CertificateFingerprint.sha256Hex(server),
        server.getNotAfter().toInstant().toEpochMilli(),
        0,
        false);
  }

  /** The cluster's CA: the existing Secret's, or a new one created once. */
  private CertificateAuthority certificateAuthority(ClusterModel model, Instant now) {
    String name = model.names().caSecret();
    CreateOnly.Outcome outcome =
        CreateOnly.ensure(
            kube,
            model.names().namespace(),
            name,
            () -> {
              CertificateAuthority fresh =
                  CertificateAuthority.create(model.names().cluster(), now);
              return SecretData.withoutOwner(
                  CertificateSecretsRenderer.caSecret(
                      model, pemPair(fresh.certificate(), fresh.privateKey())));
            });
    Secret secret = outcome.secret();
    try {
      return CertificateAuthority.of(
          PemCodec.decodeCertificates(SecretData.text(secret, PodLayout.TLS_CA_KEY)).get(0),
          PemCodec.decodePrivateKey(
              SecretData.text(secret, CertificateSecretsRenderer.CA_KEY_KEY)));
    } catch (IllegalArgumentException e) {
      // PKI messages never quote key material.
      throw ApplicationFailure.newNonRetryableFailure(
          "Secret "
              + model.names().namespace()
              + "/"
              + name
              + " does not hold a usable CA in ca.crt and ca.key ("
              + e.getMessage()
              + "); BaoFlow never overwrites it: restore it, or delete it to have a new CA issued",
          FailureTypes.SECRET_CONFLICT);
    }
  }

  /** Replaces the server Secret; it is derived from the CA, so re-issuing it loses nothing. */
  private void writeServerSecret(
      ClusterModel model, Secret current, CertificateAuthority ca, IssuedCertificate issued) {
    Secret secret =
        SecretData.withoutOwner(
            CertificateSecretsRenderer.serverSecret(
                model,
                PemCodec.encodeCertificates(List.of(ca.certificate())),
                pemPair(issued.certificate(), issued.privateKey())));
    if (current == null) {
      kube.resource(secret).create();
    } else {
      // Optimistic: a concurrent writer makes this call fail and retry with what it wrote.
      secret.getMetadata().setResourceVersion(current.getMetadata().getResourceVersion());
      kube.resource(secret).update();
    }
  }

  private Secret secret(ClusterModel model, String name) {
    return kube.secrets().inNamespace(model.names().namespace()).withName(name).get();
  }

  /** The Secret's tls.crt leaf, or {@code null} when it cannot be read (then it is re-issued). */
  private static X509Certificate firstCertificate(Secret secret) {
    try {
      return PemCodec.decodeCertificates(SecretData.text(secret, PodLayout.TLS_CERT_KEY)).get(0);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static SubjectAltNames wantedSans(ClusterModel model, int replicas) {
    return ServerSans.compute(
        ServerSanRequests.of(
            model, List.of(new SanRequest.PodSet(model.names().statefulSet(null), replicas))));
  }

  private static Duration rotationPeriod(ClusterModel model) {
    TlsSpec tls = model.spec().getTls();
    String period = tls == null ? null : tls.getRotationPeriod();
    if (period == null) {
      throw ApplicationFailure.newNonRetryableFailure(
          "spec.tls.rotationPeriod is required with OperatorManaged TLS: set it, such as 720h",
          FailureTypes.INVALID_SPEC);
    }
    try {
      return GoDuration.parse(period);
    } catch (IllegalArgumentException e) {
      throw ApplicationFailure.newNonRetryableFailure(
          "spec.tls.rotationPeriod is not a duration: " + e.getMessage(),
          FailureTypes.INVALID_SPEC);
    }
  }

  private static PemPair pemPair(X509Certificate certificate, PrivateKey key) {
    return new PemPair(
        PemCodec.encodeCertificates(List.of(certificate)), PemCodec.encodePrivateKey(key));
  }
}
