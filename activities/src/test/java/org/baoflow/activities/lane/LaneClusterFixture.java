package org.baoflow.activities.lane;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.baoflow.activities.kube.ClusterModels;
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
import org.baoflow.api.v1alpha1.OpenBaoCluster;
import org.baoflow.workflows.model.ClusterRef;
import org.baoflow.workflows.model.ClusterSnapshot;

/**
 * Activity tests' way to get a cluster onto a lane without the activities under test: loads a
 * sample, and renders and applies every resource at once with a fresh CA (what the bootstrap
 * workflow does step by step), so tests of waits, status and OpenBao calls have real pods to act
 * on.
 */
public final class LaneClusterFixture {
  /** The worker's place in the lane, as the rendered JWT roles expect it. */
  public static final Platform PLATFORM =
      new Platform(
          "baoflow-system", "baoflow-worker", "https://kubernetes.default.svc.cluster.local");

  /** The Kubernetes cluster name activities tests use in {@link ClusterRef}s. */
  public static final String KUBERNETES_CLUSTER = "primary";

  /** The Development sample. */
  public static final Path DEV_SAMPLE = Path.of("..", "deploy", "samples", "dev-lane.yaml");

  private static final KubernetesSerialization YAML = new KubernetesSerialization();

  private LaneClusterFixture() {}

  /**
   * The sample's cluster as {@code name} with {@code replicas} nodes and a random uid, in the
   * sample's namespace.
   */
  public static ClusterSnapshot snapshot(Path sample, String name, int replicas) {
    OpenBaoCluster cluster = load(sample);
    cluster.getSpec().setReplicas(replicas);
    return new ClusterSnapshot(
        new ClusterRef(
            KUBERNETES_CLUSTER,
            cluster.getMetadata().getNamespace(),
            name,
            UUID.randomUUID().toString()),
        1,
        cluster.getSpec());
  }

  /** The sample's OpenBaoCluster resource. */
  public static OpenBaoCluster load(Path sample) {
    try {
      return YAML.unmarshal(Files.readString(sample), OpenBaoCluster.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Creates the cluster's namespace, the worker's namespace and ServiceAccount, and the
   * OpenBaoCluster resource itself, so status and finalizer calls find it. Returns the resource as
   * the API server stored it: the server assigns the uid, so build the {@link ClusterRef} of later
   * calls from the returned resource, not from the snapshot.
   */
  public static OpenBaoCluster createResource(KubernetesClient kube, ClusterSnapshot snapshot) {
    createNamespaces(kube, snapshot.ref().namespace());
    OpenBaoCluster resource = ClusterModels.resource(snapshot);
    resource.getMetadata().setGeneration(null);
    return kube.resource(resource).create();
  }

  /** Creates the namespaces and the worker's ServiceAccount; idempotent. */
  public static void createNamespaces(KubernetesClient kube, String namespace) {
    for (String name : List.of(namespace, PLATFORM.workerNamespace())) {
      kube.resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build())
          .serverSideApply();
    }
    kube.resource(
            new ServiceAccountBuilder()
                .withNewMetadata()
                .withNamespace(PLATFORM.workerNamespace())
                .withName(PLATFORM.workerServiceAccount())
                .endMetadata()
                .build())
        .serverSideApply();
  }

  /**
   * Renders every resource of {@code snapshot} at its full size with a fresh CA, a fresh static
   * seal key and a demo password, and applies them; the pods then start on the lane's kubelet.
   *
   * @return the CA certificate (PEM) the cluster's server certificate is signed by
   */
  public static String applyAll(KubernetesClient kube, ClusterSnapshot snapshot) {
    createNamespaces(kube, snapshot.ref().namespace());
    ClusterModel model = ClusterModels.of(snapshot);
    int replicas = model.spec().getReplicas();
    Instant now = Instant.now();
    SanRequest sans =
        ServerSanRequests.of(
            model, List.of(new SanRequest.PodSet(model.names().statefulSet(null), replicas)));
    CertificateAuthority ca = CertificateAuthority.create(model.names().cluster(), now);
    IssuedCertificate server =
        ca.issueServerCertificate(
            model.names().cluster(), model.names().namespace(), ServerSans.compute(sans), now);
    String caPem = PemCodec.encodeCertificates(List.of(ca.certificate()));
    List<HasMetadata> resources =
        new ArrayList<>(
            CertificateSecretsRenderer.render(
                model,
                new PemPair(caPem, PemCodec.encodePrivateKey(ca.privateKey())),
                new PemPair(
                    PemCodec.encodeCertificates(List.of(server.certificate())),
                    PemCodec.encodePrivateKey(server.privateKey()))));
    resources.addAll(
        ClusterRenderer.render(
            new ClusterRenderInput(
                model,
                PLATFORM,
                ConfigRevision.unrevisioned(),
                true,
                replicas,
                CertificateFingerprint.sha256Hex(server.certificate()),
                randomKey(),
                caPem,
                null)));
    kube.resource(
            new SecretBuilder()
                .withNewMetadata()
                .withNamespace(model.names().namespace())
                .withName(model.names().demoLoginSecret())
                .endMetadata()
                .addToStringData("password", UUID.randomUUID().toString())
                .build())
        .serverSideApply();
    for (HasMetadata resource : resources) {
      kube.resource(resource).forceConflicts().serverSideApply();
    }
    return caPem;
  }

  private static byte[] randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }
}
