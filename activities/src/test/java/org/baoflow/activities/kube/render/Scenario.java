package org.baoflow.activities.kube.render;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.baoflow.api.v1alpha1.OpenBaoCluster;

/**
 * The golden scenarios of the workload, networking and identity renderers: a cluster resource from
 * {@code src/test/resources/scenarios/} and the revision inputs a workflow would pass with it.
 */
enum Scenario {
  /** Bootstrap of the development lane: blue revision r1 at one replica, self-init on pod 0. */
  DEV_LANE("dev-lane", "scenarios/dev-lane.yaml", "r1", 1, true, "r1"),
  /** The dev lane's green revision r2 joining blue r1; clients still reach blue. */
  BLUEGREEN_GREEN("bluegreen-green", "scenarios/dev-lane.yaml", "r2", 3, false, "r1"),
  /** Hardened: transit seal with credentials, External TLS, LoadBalancer, Ingress, user rules. */
  HARDENED_TRANSIT("hardened-transit", "scenarios/hardened-transit.yaml", null, 3, true, null),
  /** A TLSRoute on a shared Gateway; OpenBao terminates TLS. */
  GATEWAY_PASSTHROUGH(
      "gateway-passthrough", "scenarios/gateway-passthrough.yaml", null, 3, true, null),
  /** An HTTPRoute with a BackendTLSPolicy; the Gateway terminates TLS and verifies OpenBao's. */
  GATEWAY_TERMINATING(
      "gateway-terminating", "scenarios/gateway-terminating.yaml", null, 3, true, null),
  /** ACME: OpenBao obtains its own certificate, so no TLS Secret and no certificate hash. */
  ACME("acme", "scenarios/acme.yaml", null, 1, true, null);

  static final Platform PLATFORM =
      new Platform(
          "baoflow-system", "baoflow-worker", "https://kubernetes.default.svc.cluster.local");

  /** Stand-ins for the SHA-256 of each revision's config.hcl and of the server certificate. */
  static final String BLUE_CONFIG_HASH =
      "5f0c6a1e9d2b4c7a8e3f1d0b6a9c2e4f7b1d3a5c8e0f2b4d6a8c0e2f4b6d8a0c";

  static final String GREEN_CONFIG_HASH =
      "a3d9e7c1b5f2048e6d1c9a7b3e5f0d2c4a6b8e0f1d3c5a7b9e1f3d5c7a9b1e3f";
  static final String CERTIFICATE_HASH =
      "0e4b8f2a6c1d5e9b3f7a0c4d8e2b6f1a5c9d3e7b0f4a8c2d6e1b5f9a3c7d0e4b";

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  final String folder;
  private final String resource;
  private final String revision;
  private final int replicas;
  private final boolean bootstrapRevision;
  private final String activeRevision;

  Scenario(
      String folder,
      String resource,
      String revision,
      int replicas,
      boolean bootstrapRevision,
      String activeRevision) {
    this.folder = folder;
    this.resource = resource;
    this.revision = revision;
    this.replicas = replicas;
    this.bootstrapRevision = bootstrapRevision;
    this.activeRevision = activeRevision;
  }

  /** A fresh model of the scenario's cluster resource. */
  ClusterModel model() {
    return ClusterModel.from(SERIALIZATION.unmarshal(read(resource), OpenBaoCluster.class));
  }

  /** A fresh input, as a workflow would build it. */
  ClusterResourcesInput input() {
    ClusterModel model = model();
    String certificateHash = PodOptions.from(model).serverTls() ? CERTIFICATE_HASH : null;
    String configHash = bootstrapRevision ? BLUE_CONFIG_HASH : GREEN_CONFIG_HASH;
    return new ClusterResourcesInput(
        StatefulSetInput.of(
            model, revision, replicas, configHash, certificateHash, bootstrapRevision),
        PLATFORM,
        activeRevision);
  }

  /** The full render input of the scenario, with the fixed key material of the tests. */
  ClusterRenderInput renderInput() {
    ClusterModel model = model();
    ConfigRevision config =
        bootstrapRevision
            ? new ConfigRevision(revision, null)
            : ConfigRevision.green(revision, activeRevision);
    return new ClusterRenderInput(
        model,
        PLATFORM,
        config,
        bootstrapRevision,
        replicas,
        PodOptions.from(model).serverTls() ? CERTIFICATE_HASH : null,
        BootstrapScenarios.UNSEAL_KEY,
        BootstrapScenarios.CA_PEM,
        activeRevision);
  }

  private static String read(String resource) {
    try (InputStream in = Scenario.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
