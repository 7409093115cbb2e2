package org.baoflow.activities.kube.render;

import java.util.Objects;

/**
 * Everything one revision of a cluster is rendered from: the cluster, where BaoFlow runs, and what
 * a workflow decides or an activity generated (replicas, certificate fingerprint, key material).
 *
 * @param model the cluster
 * @param platform where BaoFlow runs
 * @param revision which StatefulSet and whom it joins
 * @param bootstrapping the cluster is still being initialized: only then, and only for a revision
 *     that does not join another, are the self-init stanzas rendered and mounted
 * @param replicas pods to render: 1 while bootstrapping, then {@code spec.replicas}
 * @param certificateHash fingerprint of the server certificate; {@code null} in ACME mode
 * @param unsealKey the static seal key; {@code null} unless the seal is static
 * @param caCertificatePem the cluster CA certificate, for a Gateway's BackendTLSPolicy; {@code
 *     null} when none is needed
 * @param activeRevision the revision the public Service selects; {@code null} selects every pod
 */
public record ClusterRenderInput(
    ClusterModel model,
    Platform platform,
    ConfigRevision revision,
    boolean bootstrapping,
    int replicas,
    String certificateHash,
    byte[] unsealKey,
    String caCertificatePem,
    String activeRevision) {

  public ClusterRenderInput {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(revision, "revision");
  }

  /**
   * Ordinal 0 carries the self-init stanzas: while bootstrapping, in a revision that forms the
   * cluster.
   */
  public boolean rendersSelfInit() {
    return bootstrapping && revision.selfInitializes();
  }

  // Key material stays out of logs and exception messages.
  @Override
  public String toString() {
    return "ClusterRenderInput[cluster="
        + model.names()
        + ", revision="
        + revision
        + ", bootstrapping="
        + bootstrapping
        + ", replicas="
        + replicas
        + ", activeRevision="
        + activeRevision
        + "]";
  }
}
