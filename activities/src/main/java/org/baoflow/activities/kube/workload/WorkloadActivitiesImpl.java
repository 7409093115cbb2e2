package org.baoflow.activities.kube.workload;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.temporal.activity.Activity;
import io.temporal.failure.ApplicationFailure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.baoflow.activities.kube.ClusterModels;
import org.baoflow.activities.kube.KubeSettings;
import org.baoflow.activities.kube.render.Labels;
import org.baoflow.activities.kube.render.PodLayout;
import org.baoflow.activities.kube.render.ResourceNames;
import org.baoflow.workflows.activities.FailureTypes;
import org.baoflow.workflows.activities.WorkloadActivities;
import org.baoflow.workflows.model.ClusterSnapshot;

/**
 * The pods and volumes of a cluster's StatefulSet ({@code <cluster>}), read and deleted through the
 * Kubernetes API. Waits poll every {@link KubeSettings#pollInterval()} and heartbeat what they
 * still wait for.
 */
public final class WorkloadActivitiesImpl implements WorkloadActivities {
  private static final int CONFLICT = 409;
  private static final int DELETE_ATTEMPTS = 10;

  private final KubernetesClient kube;
  private final KubeSettings settings;

  /**
   * @param kube the Kubernetes cluster's client
   * @param settings the worker's Kubernetes settings (poll interval)
   */
  public WorkloadActivitiesImpl(KubernetesClient kube, KubeSettings settings) {
    this.kube = Objects.requireNonNull(kube, "kube");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * {@inheritDoc}
   *
   * <p>With {@code current}, it also waits until the StatefulSet controller has observed the set's
   * spec, so a template change it has not seen yet cannot pass for current.
   */
  @Override
  public PodsState awaitPods(AwaitPodsRequest request) {
    while (true) {
      Observation now = observe(request.cluster());
      Optional<String> failure = now.failure();
      if (failure.isPresent()) {
        throw ApplicationFailure.newNonRetryableFailure(failure.get(), FailureTypes.POD_FAILURE);
      }
      Optional<String> missing = now.missing(request.replicas(), request.current());
      if (missing.isEmpty()) {
        return now.state();
      }
      Activity.getExecutionContext().heartbeat(missing.get());
      pause();
    }
  }

  @Override
  public PodsState pods(ClusterSnapshot cluster) {
    return observe(cluster).state();
  }

  @Override
  public void deletePod(PodRequest request) {
    String namespace = request.cluster().ref().namespace();
    for (int attempt = 1; ; attempt++) {
      Pod pod = kube.pods().inNamespace(namespace).withName(request.pod()).get();
      if (pod == null
          || !request.uid().equals(pod.getMetadata().getUid())
          || PodChecks.terminating(pod)) {
        return;
      }
      try {
        // The resourceVersion precondition makes the uid check and the deletion one step.
        kube.resource(pod).lockResourceVersion().delete();
        return;
      } catch (KubernetesClientException e) {
        if (e.getCode() != CONFLICT || attempt >= DELETE_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Claims are found by the cluster's pod selector labels (Kubernetes and the lane both copy the
   * set's selector onto the claims it creates) and picked by name, {@code
   * data-<cluster>-<ordinal>}, so claims of other revisions stay.
   *
   * @return the names of the claims deleted (or already being deleted), by ordinal
   */
  @Override
  public List<String> deleteVolumes(VolumesRequest request) {
    ResourceNames names = ClusterModels.of(request.cluster()).names();
    String statefulSet = names.statefulSet(null);
    String prefix = PodLayout.DATA_VOLUME + "-" + statefulSet;
    List<PersistentVolumeClaim> doomed =
        kube
            .persistentVolumeClaims()
            .inNamespace(names.namespace())
            .withLabels(Labels.clusterSelector(names.cluster()))
            .list()
            .getItems()
            .stream()
            .filter(claim -> claimOrdinal(prefix, claim).orElse(-1) >= request.fromOrdinal())
            .sorted(Comparator.comparingInt(claim -> claimOrdinal(prefix, claim).orElse(-1)))
            .toList();
    List<String> deleted = new ArrayList<>();
    for (PersistentVolumeClaim claim : doomed) {
      kube.persistentVolumeClaims()
          .inNamespace(names.namespace())
          .withName(claim.getMetadata().getName())
          .delete();
      deleted.add(claim.getMetadata().getName());
    }
    return deleted;
  }

  private static OptionalInt claimOrdinal(String prefix, PersistentVolumeClaim claim) {
    return PodChecks.ordinal(prefix, claim.getMetadata().getName());
  }

  private Observation observe(ClusterSnapshot cluster) {
    ResourceNames names = ClusterModels.of(cluster).names();
    String name = names.statefulSet(null);
    StatefulSet set =
        kube.apps().statefulSets().inNamespace(names.namespace()).withName(name).get();
    List<Pod> pods =
        kube
            .pods()
            .inNamespace(names.namespace())
            .withLabels(Labels.clusterSelector(names.cluster()))
            .list()
            .getItems()
            .stream()
            .filter(pod -> PodChecks.ordinal(name, pod.getMetadata().getName()).isPresent())
            .filter(pod -> set == null || ownedBy(set, pod))
            .filter(pod -> !PodChecks.terminating(pod))
            .sorted(
                Comparator.comparingInt(
                    pod -> PodChecks.ordinal(name, pod.getMetadata().getName()).getAsInt()))
            .toList();
    return new Observation(name, set, pods);
  }

  private static boolean ownedBy(StatefulSet set, Pod pod) {
    return pod.getMetadata().getOwnerReferences().stream()
        .anyMatch(
            owner ->
                Boolean.TRUE.equals(owner.getController())
                    && Objects.equals(set.getMetadata().getUid(), owner.getUid()));
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
