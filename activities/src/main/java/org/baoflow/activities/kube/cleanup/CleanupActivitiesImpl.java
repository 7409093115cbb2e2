package org.baoflow.activities.kube.cleanup;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.temporal.activity.Activity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.baoflow.activities.kube.KubeSettings;
import org.baoflow.activities.kube.render.Labels;
import org.baoflow.activities.kube.render.ResourceNames;
import org.baoflow.api.v1alpha1.DeletionPolicy;
import org.baoflow.workflows.activities.CleanupActivities;
import org.baoflow.workflows.model.ClusterRef;

/**
 * Deletes a cluster's workload and, as its deletionPolicy says, its volumes and generated Secrets.
 *
 * <p>Generated Secrets are the ones {@link ResourceNames} names (CA, server certificate, unseal
 * key, root token, demo login) that carry the cluster's label: a user's Secret, such as the
 * external TLS or seal credentials the spec names, is never touched. Kept Secrets lose their owner
 * reference to the cluster, or Kubernetes' garbage collector would delete them with it. Backups are
 * not deleted yet: DeleteAll removes them once the backup issue implements them.
 */
public final class CleanupActivitiesImpl implements CleanupActivities {
  private final KubernetesClient kube;
  private final KubeSettings settings;

  /**
   * @param kube the Kubernetes cluster's client
   * @param settings the worker's Kubernetes settings (poll interval)
   */
  public CleanupActivitiesImpl(KubernetesClient kube, KubeSettings settings) {
    this.kube = Objects.requireNonNull(kube, "kube");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * {@inheritDoc}
   *
   * @return the StatefulSets deleted (or found being deleted), as {@code StatefulSet/<name>}
   */
  @Override
  public List<String> stopWorkload(ClusterRef ref) {
    List<StatefulSet> sets =
        kube
            .apps()
            .statefulSets()
            .inNamespace(ref.namespace())
            .withLabels(Labels.clusterSelector(ref.name()))
            .list()
            .getItems()
            .stream()
            .filter(set -> ClusterObjects.belongsTo(ref, set))
            .sorted(Comparator.comparing(set -> set.getMetadata().getName()))
            .toList();
    for (StatefulSet set : sets) {
      kube.resource(set).delete();
    }
    Set<String> setUids =
        sets.stream().map(s -> s.getMetadata().getUid()).collect(Collectors.toSet());
    List<String> remaining = podsOf(ref, setUids);
    while (!remaining.isEmpty()) {
      Activity.getExecutionContext()
          .heartbeat("waiting for pods to go: " + String.join(", ", remaining));
      pause();
      remaining = podsOf(ref, setUids);
    }
    return sets.stream().map(set -> "StatefulSet/" + set.getMetadata().getName()).toList();
  }

  @Override
  public CleanupReport deleteData(CleanupRequest request) {
    ClusterRef ref = request.ref();
    DeletionPolicy policy = request.policy() == null ? DeletionPolicy.RETAIN : request.policy();
    List<String> deleted = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    for (PersistentVolumeClaim claim : claims(ref)) {
      if (policy == DeletionPolicy.RETAIN) {
        kept.add(describe(claim));
      } else {
        kube.resource(claim).delete();
        deleted.add(describe(claim));
      }
    }
    for (Secret secret : generatedSecrets(ref)) {
      if (policy == DeletionPolicy.DELETE_ALL) {
        kube.resource(secret).delete();
        deleted.add(describe(secret));
      } else {
        orphan(ref, secret);
        kept.add(describe(secret));
      }
    }
    return new CleanupReport(deleted, kept);
  }

  private List<String> podsOf(ClusterRef ref, Set<String> setUids) {
    return kube
        .pods()
        .inNamespace(ref.namespace())
        .withLabels(Labels.clusterSelector(ref.name()))
        .list()
        .getItems()
        .stream()
        .filter(
            pod ->
                pod.getMetadata().getOwnerReferences().stream()
                    .anyMatch(owner -> setUids.contains(owner.getUid())))
        .map(pod -> pod.getMetadata().getName())
        .sorted()
        .toList();
  }

  /** Every claim of every StatefulSet of the cluster: Kubernetes labels them with the selector. */
  private List<PersistentVolumeClaim> claims(ClusterRef ref) {
    return kube
        .persistentVolumeClaims()
        .inNamespace(ref.namespace())
        .withLabels(Labels.clusterSelector(ref.name()))
        .list()
        .getItems()
        .stream()
        .filter(claim -> ClusterObjects.belongsTo(ref, claim))
        .sorted(Comparator.comparing(claim -> claim.getMetadata().getName()))
        .toList();
  }

  private List<Secret> generatedSecrets(ClusterRef ref) {
    ResourceNames names = new ResourceNames(ref.name(), ref.namespace());
    List<Secret> secrets = new ArrayList<>();
    for (String name :
        List.of(
            names.caSecret(),
            names.serverTlsSecret(),
            names.unsealKeySecret(),
            names.rootTokenSecret(),
            names.demoLoginSecret())) {
      Secret secret = kube.secrets().inNamespace(ref.namespace()).withName(name).get();
      if (secret != null && ClusterObjects.belongsTo(ref, secret)) {
        secrets.add(secret);
      }
    }
    return secrets;
  }

  /** Drops the owner reference to the cluster, so the garbage collector keeps the Secret. */
  private void orphan(ClusterRef ref, Secret secret) {
    if (secret.getMetadata().getOwnerReferences().stream()
        .noneMatch(owner -> ClusterObjects.isClusterReference(ref, owner))) {
      return;
    }
    kube.secrets()
        .inNamespace(ref.namespace())
        .withName(secret.getMetadata().getName())
        .edit(
            s -> {
              s.getMetadata()
                  .setOwnerReferences(
                      s.getMetadata().getOwnerReferences().stream()
                          .filter(owner -> !ClusterObjects.isClusterReference(ref, owner))
                          .toList());
              return s;
            });
  }

  private static String describe(PersistentVolumeClaim claim) {
    return "PersistentVolumeClaim/" + claim.getMetadata().getName();
  }

  private static String describe(Secret secret) {
    return "Secret/" + secret.getMetadata().getName();
  }

  private void pause() {
    try {
      Thread.sleep(settings.pollInterval().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Activity.wrap(e);
    }
  }
}
