package org.baoflow.lane.sim.kubelet;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The objects a StatefulSet's ordinal is made of, named and labelled as Kubernetes does. */
final class StatefulSetPods {
  static final String POD_NAME_LABEL = "statefulset.kubernetes.io/pod-name";
  static final String REVISION_LABEL = "controller-revision-hash";
  static final String POD_INDEX_LABEL = "apps.kubernetes.io/pod-index";

  private StatefulSetPods() {}

  static String podName(StatefulSet set, int ordinal) {
    return set.getMetadata().getName() + "-" + ordinal;
  }

  static String claimName(String template, StatefulSet set, int ordinal) {
    return template + "-" + podName(set, ordinal);
  }

  /** The ordinal of a pod {@code set} owns, if the pod's name is one of the set's. */
  static Optional<Integer> ordinalOf(StatefulSet set, Pod pod) {
    String prefix = set.getMetadata().getName() + "-";
    String name = pod.getMetadata().getName();
    boolean owned =
        pod.getMetadata().getOwnerReferences().stream()
            .anyMatch(
                r ->
                    Boolean.TRUE.equals(r.getController())
                        && set.getMetadata().getUid().equals(r.getUid()));
    if (!owned || !name.startsWith(prefix)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(name.substring(prefix.length())));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  static String revisionOf(Pod pod) {
    return pod.getMetadata().getLabels().getOrDefault(REVISION_LABEL, "");
  }

  /** The pod for {@code ordinal} from {@code template}, owned by {@code set}. */
  static Pod pod(
      StatefulSet set, int ordinal, PodTemplateSpec template, String revision, String finalizer) {
    String name = podName(set, ordinal);
    Map<String, String> labels = new LinkedHashMap<>();
    if (template.getMetadata() != null && template.getMetadata().getLabels() != null) {
      labels.putAll(template.getMetadata().getLabels());
    }
    labels.put(POD_NAME_LABEL, name);
    labels.put(REVISION_LABEL, revision);
    labels.put(POD_INDEX_LABEL, Integer.toString(ordinal));
    Map<String, String> annotations =
        template.getMetadata() == null || template.getMetadata().getAnnotations() == null
            ? Map.of()
            : template.getMetadata().getAnnotations();
    return new PodBuilder()
        .withNewMetadata()
        .withName(name)
        .withNamespace(set.getMetadata().getNamespace())
        .withLabels(labels)
        .withAnnotations(new LinkedHashMap<>(annotations))
        .withOwnerReferences(controllerReference(set))
        .withFinalizers(finalizer)
        .endMetadata()
        .withSpec(template.getSpec())
        .editSpec()
        .withHostname(name)
        .withSubdomain(set.getSpec().getServiceName())
        .withVolumes(volumes(set, ordinal, template))
        .endSpec()
        .build();
  }

  /** The claims {@code ordinal} needs, one per volume claim template; no owner, so they stay. */
  static List<PersistentVolumeClaim> claims(StatefulSet set, int ordinal) {
    List<PersistentVolumeClaim> claims = new ArrayList<>();
    Map<String, String> selector =
        set.getSpec().getSelector() == null
            ? Map.of()
            : set.getSpec().getSelector().getMatchLabels();
    for (PersistentVolumeClaim template : set.getSpec().getVolumeClaimTemplates()) {
      Map<String, String> labels = new LinkedHashMap<>(selector);
      if (template.getMetadata().getLabels() != null) {
        labels.putAll(template.getMetadata().getLabels());
      }
      claims.add(
          new PersistentVolumeClaimBuilder()
              .withNewMetadata()
              .withName(claimName(template.getMetadata().getName(), set, ordinal))
              .withNamespace(set.getMetadata().getNamespace())
              .withLabels(labels)
              .endMetadata()
              .withSpec(template.getSpec())
              .build());
    }
    return claims;
  }

  private static List<Volume> volumes(StatefulSet set, int ordinal, PodTemplateSpec template) {
    Map<String, Volume> byName = new LinkedHashMap<>();
    if (template.getSpec().getVolumes() != null) {
      template.getSpec().getVolumes().forEach(v -> byName.put(v.getName(), v));
    }
    // As in Kubernetes, a claim template wins over a template volume of the same name.
    for (PersistentVolumeClaim claim : set.getSpec().getVolumeClaimTemplates()) {
      String volume = claim.getMetadata().getName();
      byName.put(
          volume,
          new VolumeBuilder()
              .withName(volume)
              .withNewPersistentVolumeClaim()
              .withClaimName(claimName(volume, set, ordinal))
              .endPersistentVolumeClaim()
              .build());
    }
    return new ArrayList<>(byName.values());
  }

  private static OwnerReference controllerReference(HasMetadata owner) {
    return new OwnerReferenceBuilder()
        .withApiVersion(owner.getApiVersion())
        .withKind(owner.getKind())
        .withName(owner.getMetadata().getName())
        .withUid(owner.getMetadata().getUid())
        .withController(true)
        .withBlockOwnerDeletion(true)
        .build();
  }
}
