package org.baoflow.lane.sim.kubelet;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetStatus;
import io.fabric8.kubernetes.api.model.apps.StatefulSetStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The StatefulSet controller: one pass turns a StatefulSet and the pods and claims it has into the
 * next step towards its spec (create, delete or update one pod at a time as the policies say) and
 * writes the set's status. Each pass reads the informers' caches, so a write it made may not be
 * seen yet: a repeated create answers 409 and is skipped.
 */
final class StatefulSetController {
  private final KubernetesClient client;
  private final PodTemplateRevision revisions;
  // Templates by revision, so a pod below the partition comes back at the current revision.
  private final Map<String, PodTemplateSpec> templates = new ConcurrentHashMap<>();

  StatefulSetController(KubernetesClient client) {
    this.client = client;
    this.revisions = new PodTemplateRevision(client.getKubernetesSerialization());
  }

  /**
   * One pass for {@code set}.
   *
   * @param pods the pods in the kubelet's scope (the set picks its own by controller reference)
   * @param claims the existing claims, as {@code namespace/name}
   */
  void reconcile(StatefulSet set, Collection<Pod> pods, Set<String> claims) {
    PodTemplateSpec template = set.getSpec().getTemplate();
    String updateRevision = revisions.of(set.getMetadata().getName(), template);
    templates.putIfAbsent(updateRevision, template);
    String currentRevision =
        set.getStatus() != null && templates.containsKey(set.getStatus().getCurrentRevision())
            ? set.getStatus().getCurrentRevision()
            : updateRevision;
    TreeMap<Integer, Pod> byOrdinal = new TreeMap<>();
    for (Pod pod : pods) {
      StatefulSetPods.ordinalOf(set, pod).ifPresent(ordinal -> byOrdinal.put(ordinal, pod));
    }
    step(set, byOrdinal, claims, currentRevision, updateRevision);
    writeStatus(set, byOrdinal, currentRevision, updateRevision);
  }

  private void step(
      StatefulSet set,
      TreeMap<Integer, Pod> byOrdinal,
      Set<String> claims,
      String currentRevision,
      String updateRevision) {
    int replicas = replicas(set);
    boolean ordered = !"Parallel".equals(set.getSpec().getPodManagementPolicy());
    boolean blocked = false;
    for (int ordinal = 0; ordinal < replicas && !blocked; ordinal++) {
      Pod pod = byOrdinal.get(ordinal);
      if (pod == null) {
        String revision = ordinal < partition(set) ? currentRevision : updateRevision;
        create(set, ordinal, claims, revision);
        blocked = ordered;
      } else {
        blocked = ordered && !PodConditions.runningAndReady(pod);
      }
    }
    if (blocked) {
      return;
    }
    for (Pod condemned : byOrdinal.tailMap(replicas, true).descendingMap().values()) {
      if (!terminating(condemned)) {
        delete(condemned);
      }
      if (ordered) {
        return;
      }
    }
    if (!"OnDelete".equals(strategy(set))) {
      rollOne(set, byOrdinal, replicas, updateRevision);
    }
  }

  /** Replaces the highest outdated pod at or above the partition once every pod is ready. */
  private void rollOne(
      StatefulSet set, TreeMap<Integer, Pod> byOrdinal, int replicas, String updateRevision) {
    boolean allReady =
        byOrdinal.headMap(replicas).size() == replicas
            && byOrdinal.headMap(replicas).values().stream()
                .allMatch(p -> !terminating(p) && PodConditions.runningAndReady(p));
    if (!allReady) {
      return;
    }
    for (int ordinal = replicas - 1; ordinal >= partition(set); ordinal--) {
      Pod pod = byOrdinal.get(ordinal);
      if (!updateRevision.equals(StatefulSetPods.revisionOf(pod))) {
        delete(pod);
        return;
      }
    }
  }

  private void create(StatefulSet set, int ordinal, Set<String> claims, String revision) {
    // Claims first: a pod must never run without its volumes.
    for (PersistentVolumeClaim claim : StatefulSetPods.claims(set, ordinal)) {
      if (!claims.contains(
          claim.getMetadata().getNamespace() + "/" + claim.getMetadata().getName())) {
        createIgnoringConflict(() -> client.resource(claim).create());
      }
    }
    PodTemplateSpec template = templates.get(revision);
    createIgnoringConflict(
        () ->
            client
                .resource(
                    StatefulSetPods.pod(set, ordinal, template, revision, Kubelet.POD_FINALIZER))
                .create());
  }

  private void delete(Pod pod) {
    client.resource(pod).delete();
  }

  private void writeStatus(
      StatefulSet set,
      TreeMap<Integer, Pod> byOrdinal,
      String currentRevision,
      String updateRevision) {
    int replicas = 0;
    int ready = 0;
    int current = 0;
    int updated = 0;
    for (Pod pod : byOrdinal.values()) {
      if (terminating(pod)) {
        continue;
      }
      replicas++;
      ready += PodConditions.runningAndReady(pod) ? 1 : 0;
      current += currentRevision.equals(StatefulSetPods.revisionOf(pod)) ? 1 : 0;
      updated += updateRevision.equals(StatefulSetPods.revisionOf(pod)) ? 1 : 0;
    }
    int desired = replicas(set);
    boolean complete = updated == desired && ready == desired && replicas == desired;
    StatefulSetStatus status =
        new StatefulSetStatusBuilder()
            .withObservedGeneration(set.getMetadata().getGeneration())
            .withReplicas(replicas)
            .withReadyReplicas(ready)
            .withAvailableReplicas(ready)
            .withCurrentReplicas(complete ? updated : current)
            .withUpdatedReplicas(updated)
            .withCurrentRevision(complete ? updateRevision : currentRevision)
            .withUpdateRevision(updateRevision)
            .withCollisionCount(0)
            .build();
    if (status.equals(set.getStatus())) {
      return;
    }
    try {
      client.resource(new StatefulSetBuilder(set).withStatus(status).build()).updateStatus();
    } catch (KubernetesClientException e) {
      // A stale cache (409) or a set deleted meanwhile (404): the next pass writes again.
      if (e.getCode() != 409 && e.getCode() != 404) {
        throw e;
      }
    }
  }

  private static void createIgnoringConflict(Runnable create) {
    try {
      create.run();
    } catch (KubernetesClientException e) {
      if (e.getCode() != 409) {
        throw e;
      }
    }
  }

  static boolean terminating(Pod pod) {
    return pod.getMetadata().getDeletionTimestamp() != null;
  }

  private static int replicas(StatefulSet set) {
    Integer replicas = set.getSpec().getReplicas();
    return replicas == null ? 1 : replicas;
  }

  private static String strategy(StatefulSet set) {
    return set.getSpec().getUpdateStrategy() == null
            || set.getSpec().getUpdateStrategy().getType() == null
        ? "RollingUpdate"
        : set.getSpec().getUpdateStrategy().getType();
  }

  private static int partition(StatefulSet set) {
    if (!"RollingUpdate".equals(strategy(set))
        || set.getSpec().getUpdateStrategy() == null
        || set.getSpec().getUpdateStrategy().getRollingUpdate() == null) {
      return 0;
    }
    Integer partition = set.getSpec().getUpdateStrategy().getRollingUpdate().getPartition();
    return partition == null ? 0 : partition;
  }
}
