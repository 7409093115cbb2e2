package org.baoflow.lane;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.baoflow.activities.kube.render.CertificateSecretsRenderer;
import org.baoflow.activities.kube.render.CertificateSecretsRenderer.PemPair;
import org.baoflow.activities.kube.render.ClusterModel;
import org.baoflow.activities.kube.render.ClusterRenderInput;
import org.baoflow.activities.kube.render.ClusterRenderer;
import org.baoflow.activities.kube.render.ConfigRevision;
import org.baoflow.activities.kube.render.Platform;
import org.baoflow.activities.kube.render.ServerSanRequests;
import org.baoflow.activities.pki.CertificateAuthority;
import org.baoflow.activities.pki.CertificateFingerprint;
import org.baoflow.activities.pki.IssuedCertificate;
import org.baoflow.activities.pki.PemCodec;
import org.baoflow.activities.pki.SanRequest;
import org.baoflow.activities.pki.ServerSans;

/**
 * Every Kubernetes resource of a cluster at its full size, in apply order, with a CA and server
 * certificate issued for this call: what the bootstrap workflow will apply step by step, here in
 * one go for the demo and for lane tests that run without the operator.
 */
final class ClusterResources {
  /** Where the worker runs; the JWT roles of the rendered self-init bind its account. */
  static final Platform PLATFORM =
      new Platform(
          "baoflow-system", "baoflow-worker", "https://kubernetes.default.svc.cluster.local");

  private ClusterResources() {}

  /**
   * Renders the cluster.
   *
   * @param staticSealKey the 32-byte static seal key, or {@code null} for other seals
   * @return the resources, Secrets with their real values
   */
  static Rendered render(ClusterModel model, Instant now, byte[] staticSealKey) {
    int replicas = model.spec().getReplicas();
    SanRequest sans =
        ServerSanRequests.of(
            model, List.of(new SanRequest.PodSet(model.names().statefulSet(null), replicas)));
    CertificateAuthority ca = CertificateAuthority.create(model.names().cluster(), now);
    IssuedCertificate server =
        ca.issueServerCertificate(
            model.names().cluster(), model.names().namespace(), ServerSans.compute(sans), now);
    String caPem = PemCodec.encodeCertificates(List.of(ca.certificate()));
    List<HasMetadata> resources = new ArrayList<>();
    CertificateSecretsRenderer.render(
            model,
            new PemPair(caPem, PemCodec.encodePrivateKey(ca.privateKey())),
            new PemPair(
                PemCodec.encodeCertificates(List.of(server.certificate())),
                PemCodec.encodePrivateKey(server.privateKey())))
        .forEach(resources::add);
    resources.addAll(
        ClusterRenderer.render(
            new ClusterRenderInput(
                model,
                PLATFORM,
                ConfigRevision.unrevisioned(),
                true,
                replicas,
                CertificateFingerprint.sha256Hex(server.certificate()),
                staticSealKey,
                caPem,
                null)));
    return new Rendered(List.copyOf(resources), caPem);
  }

  /**
   * What {@link #render} produced.
   *
   * @param resources in apply order
   * @param caPem the CA clients verify the cluster's server certificate with
   */
  record Rendered(List<HasMetadata> resources, String caPem) {}
}
