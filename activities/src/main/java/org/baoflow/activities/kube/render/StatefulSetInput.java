package org.baoflow.activities.kube.render;

import java.util.Objects;

/**
 * What one revision's StatefulSet is rendered from.
 *
 * @param model the cluster
 * @param revision the blue/green revision; {@code null} for the unrevisioned StatefulSet
 * @param replicas pods to render: 1 while bootstrapping, then {@code spec.replicas}
 * @param configHash SHA-256 of the rendered config.hcl; a change rolls the pods
 * @param certificateHash fingerprint of the server certificate, so a rotation rolls the pods;
 *     {@code null} in ACME mode, where OpenBao manages its certificate itself
 * @param bootstrapRevision this revision is initializing the cluster, so its pod 0 carries the
 *     self-init stanzas; false once the cluster is initialized, and for a green revision, which
 *     joins an initialized cluster
 * @param options the pod's switches derived from the spec
 */
public record StatefulSetInput(
    ClusterModel model,
    String revision,
    int replicas,
    String configHash,
    String certificateHash,
    boolean bootstrapRevision,
    PodOptions options) {

  public StatefulSetInput {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(configHash, "configHash");
    Objects.requireNonNull(options, "options");
    if (replicas < 0) {
      throw new IllegalArgumentException("replicas must not be negative: " + replicas);
    }
  }

  /** An input whose pod switches are derived from the model's spec. */
  public static StatefulSetInput of(
      ClusterModel model,
      String revision,
      int replicas,
      String configHash,
      String certificateHash,
      boolean bootstrapRevision) {
    return new StatefulSetInput(
        model,
        revision,
        replicas,
        configHash,
        certificateHash,
        bootstrapRevision,
        PodOptions.from(model));
  }

  /** The pod mounts the self-init stanzas: only the bootstrap revision, only with self-init. */
  public boolean mountsSelfInit() {
    return bootstrapRevision && options.selfInit();
  }
}
