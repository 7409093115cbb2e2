package org.baoflow.watcher;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.baoflow.api.v1alpha1.OpenBaoCluster;
import org.baoflow.workflows.cluster.DeletionObserved;
import org.baoflow.workflows.cluster.DriftObserved;
import org.baoflow.workflows.cluster.SpecObserved;
import org.baoflow.workflows.drift.ManagedHash;
import org.baoflow.workflows.ids.ClusterWorkflowIds;
import org.baoflow.workflows.model.ClusterRef;

/**
 * Turns a watched object into what to send and the fingerprint that decides whether it is new. A
 * cluster's fingerprint is its uid, generation, forwarded annotations and whether it is being
 * deleted, so status writes, finalizer edits and resourceVersion bumps change nothing; an owned
 * resource's is its {@link ManagedHash}, which ignores its status. Pure: no I/O, no clock.
 */
public final class ClusterEventFilter {

  /** Annotations with this prefix are requests to BaoFlow and reach the workflow. */
  public static final String FORWARDED_ANNOTATION_PREFIX = "openbao.org/";

  /**
   * The label on every resource BaoFlow renders for a cluster; the value of {@code
   * org.baoflow.activities.kube.render.Labels.CLUSTER}, copied because the watcher must not depend
   * on the activities.
   */
  public static final String CLUSTER_LABEL = "openbao.org/cluster";

  /**
   * The hash the watcher reports for an owned resource that was deleted: the hash of an object
   * without labels or spec, which differs from that of every applied resource.
   */
  public static final String DELETED_HASH = ManagedHash.of("{}");

  private static final String CLUSTER_KIND = "OpenBaoCluster";

  private final String kubernetesCluster;
  private final KubernetesSerialization serialization;

  /**
   * @param kubernetesCluster {@code <k8s>} of the workflow IDs
   * @param serialization how to write owned resources as JSON for their hash
   */
  public ClusterEventFilter(String kubernetesCluster, KubernetesSerialization serialization) {
    this.kubernetesCluster = kubernetesCluster;
    this.serialization = serialization;
  }

  /** A cluster that exists: its spec, or its deletion once deletionTimestamp is set. */
  public PendingSend cluster(OpenBaoCluster cluster, long receivedNanos) {
    ObjectMeta meta = cluster.getMetadata();
    ClusterRef ref =
        new ClusterRef(kubernetesCluster, meta.getNamespace(), meta.getName(), meta.getUid());
    long generation = meta.getGeneration() == null ? 0 : meta.getGeneration();
    Map<String, String> forwarded = forwardedAnnotations(meta.getAnnotations());
    boolean deleting = meta.getDeletionTimestamp() != null;
    String fingerprint =
        meta.getUid() + "|" + generation + "|" + forwarded + "|" + (deleting ? "deleting" : "");
    Observation observation =
        deleting
            ? new Observation.Deleting(ref, new DeletionObserved(meta.getUid(), false))
            : new Observation.Spec(
                ref, new SpecObserved(meta.getUid(), generation, cluster.getSpec(), forwarded));
    return new PendingSend(key(cluster), fingerprint, observation, receivedNanos);
  }

  /** A cluster that no longer exists. */
  public PendingSend clusterGone(OpenBaoCluster cluster, long receivedNanos) {
    ObjectMeta meta = cluster.getMetadata();
    return new PendingSend(
        key(cluster),
        meta.getUid() + "|gone",
        new Observation.Gone(
            new ClusterWorkflowIds(kubernetesCluster, meta.getNamespace(), meta.getName()),
            new DeletionObserved(meta.getUid(), true)),
        receivedNanos);
  }

  /**
   * An owned StatefulSet or Service as it is now; empty when no OpenBaoCluster owns it (another
   * tool's resource that carries the label).
   */
  public Optional<PendingSend> owned(HasMetadata resource, long receivedNanos) {
    return drift(resource, ManagedHash.of(serialization.asJson(resource)), receivedNanos);
  }

  /** An owned StatefulSet or Service that was deleted; empty when no OpenBaoCluster owns it. */
  public Optional<PendingSend> ownedGone(HasMetadata resource, long receivedNanos) {
    return drift(resource, DELETED_HASH, receivedNanos);
  }

  /** The annotations that reach the workflow, sorted by key. */
  public static Map<String, String> forwardedAnnotations(Map<String, String> annotations) {
    Map<String, String> forwarded = new TreeMap<>();
    if (annotations != null) {
      annotations.forEach(
          (key, value) -> {
            if (key.startsWith(FORWARDED_ANNOTATION_PREFIX)) {
              forwarded.put(key, value);
            }
          });
    }
    return forwarded;
  }

  private Optional<PendingSend> drift(HasMetadata resource, String hash, long receivedNanos) {
    ObjectMeta meta = resource.getMetadata();
    return owner(meta)
        .map(
            owner ->
                new PendingSend(
                    key(resource),
                    hash,
                    new Observation.Drift(
                        new ClusterWorkflowIds(
                            kubernetesCluster, meta.getNamespace(), owner.getName()),
                        new DriftObserved(
                            owner.getUid(),
                            HasMetadata.getKind(resource.getClass()),
                            meta.getName(),
                            hash)),
                    receivedNanos));
  }

  private static Optional<OwnerReference> owner(ObjectMeta meta) {
    if (meta.getOwnerReferences() == null) {
      return Optional.empty();
    }
    return meta.getOwnerReferences().stream()
        .filter(reference -> CLUSTER_KIND.equals(reference.getKind()))
        .filter(reference -> reference.getApiVersion() != null)
        .filter(reference -> reference.getApiVersion().startsWith(OpenBaoCluster.GROUP + "/"))
        .findFirst();
  }

  private static ResourceKey key(HasMetadata resource) {
    ObjectMeta meta = resource.getMetadata();
    return new ResourceKey(
        HasMetadata.getKind(resource.getClass()),
        meta.getNamespace(),
        meta.getName(),
        meta.getUid());
  }
}
