package org.baoflow.activities.kube.workload;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.baoflow.activities.kube.render.Labels;

/**
 * What a pod of a StatefulSet is: its ordinal, whether it is Ready, whether it runs the set's
 * current template, and whether it cannot run at all. Pure functions of the objects as read.
 */
final class PodChecks {
  /** The label the StatefulSet controller puts on every pod: the revision it was created from. */
  static final String REVISION_LABEL = "controller-revision-hash";

  /** Waiting reasons that do not heal by waiting: the image or the container is broken. */
  static final Set<String> FAILURE_REASONS =
      Set.of("CrashLoopBackOff", "ImagePullBackOff", "ErrImagePull");

  // The pod-template annotations our renderer changes whenever the pods must restart.
  private static final List<String> TEMPLATE_HASHES = List.of(Labels.CONFIG_HASH, Labels.CERT_HASH);

  private PodChecks() {}

  /**
   * The ordinal in {@code name}, if it is {@code <prefix>-<ordinal>}: a pod {@code <statefulset>-2}
   * or a claim {@code <template>-<statefulset>-2}.
   */
  static OptionalInt ordinal(String prefix, String name) {
    String start = prefix + "-";
    if (!name.startsWith(start)) {
      return OptionalInt.empty();
    }
    String suffix = name.substring(start.length());
    if (suffix.isEmpty() || !suffix.chars().allMatch(Character::isDigit)) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(suffix));
  }

  /** Whether the pod's {@code Ready} condition is {@code True}. */
  static boolean ready(Pod pod) {
    return pod.getStatus() != null
        && pod.getStatus().getConditions().stream()
            .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
  }

  /** Whether the pod is being deleted. */
  static boolean terminating(Pod pod) {
    return pod.getMetadata().getDeletionTimestamp() != null;
  }

  /**
   * Whether {@code pod} runs an older template than {@code set}'s. Two signals, either enough:
   *
   * <ul>
   *   <li>the hash annotations BaoFlow renders into the template ({@link Labels#CONFIG_HASH},
   *       {@link Labels#CERT_HASH}) differ from the pod's: pods copy their template's annotations,
   *       so this holds from the moment the template is written, before any controller has looked
   *       at it;
   *   <li>once the StatefulSet controller has observed the set's generation, the pod's {@code
   *       controller-revision-hash} label differs from {@code status.updateRevision}: this covers
   *       every other template change (image, resources, probes).
   * </ul>
   *
   * Kubernetes' controller and the lane's kubelet both write the label and the status; a set whose
   * status is behind its generation is judged by the annotations alone (see {@link #observed}).
   */
  static boolean stale(StatefulSet set, Pod pod) {
    return hashesDiffer(set, pod) || revisionDiffers(set, pod);
  }

  /**
   * Whether the StatefulSet controller has seen the set's current spec, so its {@code
   * updateRevision} is the current template's. A server that keeps no generation counts as seen.
   */
  static boolean observed(StatefulSet set) {
    Long generation = set.getMetadata().getGeneration();
    if (generation == null) {
      return set.getStatus() != null;
    }
    return set.getStatus() != null
        && set.getStatus().getObservedGeneration() != null
        && set.getStatus().getObservedGeneration() >= generation;
  }

  private static boolean hashesDiffer(StatefulSet set, Pod pod) {
    Map<String, String> template = annotations(set.getSpec().getTemplate().getMetadata());
    Map<String, String> running = annotations(pod.getMetadata());
    return TEMPLATE_HASHES.stream()
        .anyMatch(key -> !Objects.equals(template.get(key), running.get(key)));
  }

  private static boolean revisionDiffers(StatefulSet set, Pod pod) {
    if (!observed(set) || set.getStatus().getUpdateRevision() == null) {
      return false;
    }
    String revision =
        pod.getMetadata().getLabels() == null
            ? null
            : pod.getMetadata().getLabels().get(REVISION_LABEL);
    return revision != null && !revision.equals(set.getStatus().getUpdateRevision());
  }

  private static Map<String, String> annotations(ObjectMeta metadata) {
    return metadata == null || metadata.getAnnotations() == null
        ? Map.of()
        : metadata.getAnnotations();
  }

  /**
   * Why {@code pod} cannot run, if a container of it waits for a reason that waiting does not heal:
   * names the pod, the container, the reason and the container's last termination message.
   */
  static Optional<String> failure(Pod pod) {
    if (pod.getStatus() == null) {
      return Optional.empty();
    }
    return Stream.concat(
            pod.getStatus().getInitContainerStatuses().stream(),
            pod.getStatus().getContainerStatuses().stream())
        .filter(PodChecks::failing)
        .findFirst()
        .map(status -> describe(pod, status));
  }

  private static boolean failing(ContainerStatus status) {
    return status.getState() != null
        && status.getState().getWaiting() != null
        && FAILURE_REASONS.contains(status.getState().getWaiting().getReason());
  }

  private static String describe(Pod pod, ContainerStatus status) {
    StringBuilder message =
        new StringBuilder("pod ")
            .append(pod.getMetadata().getNamespace())
            .append('/')
            .append(pod.getMetadata().getName())
            .append(": container ")
            .append(status.getName())
            .append(" is in ")
            .append(status.getState().getWaiting().getReason());
    String waiting = status.getState().getWaiting().getMessage();
    if (waiting != null && !waiting.isBlank()) {
      message.append(" (").append(waiting).append(')');
    }
    String terminated =
        status.getLastState() == null || status.getLastState().getTerminated() == null
            ? null
            : status.getLastState().getTerminated().getMessage();
    if (terminated != null && !terminated.isBlank()) {
      message.append("; last termination message: ").append(terminated);
    }
    return message.toString();
  }
}
