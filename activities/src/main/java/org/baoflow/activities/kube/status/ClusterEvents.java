package org.baoflow.activities.kube.status;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.baoflow.api.v1alpha1.OpenBaoCluster;
import org.baoflow.workflows.activities.StatusActivities.ClusterEvent;

/**
 * core/v1 Events on an OpenBaoCluster, counted rather than repeated: an Event's name derives from
 * the cluster's uid, its type, reason and message, so a repeat (also an activity retry) finds the
 * Event it repeats and bumps its {@code count} and {@code lastTimestamp}, as the kubelet's recorder
 * does.
 */
final class ClusterEvents {
  /** The {@code source.component} of BaoFlow's Events. */
  static final String COMPONENT = "baoflow";

  private final KubernetesClient kube;

  ClusterEvents(KubernetesClient kube) {
    this.kube = kube;
  }

  /** Records {@code event} on {@code cluster} at {@code now}. */
  void record(OpenBaoCluster cluster, ClusterEvent event, Instant now) {
    String name = name(cluster, event);
    String namespace = cluster.getMetadata().getNamespace();
    Conflicts.retry(
        () -> {
          Event existing = kube.v1().events().inNamespace(namespace).withName(name).get();
          if (existing == null) {
            // A 409 here means a concurrent attempt created it: the retry counts on theirs.
            return kube.resource(newEvent(cluster, event, name, now)).create();
          }
          Event counted =
              new EventBuilder(existing)
                  .withCount(existing.getCount() == null ? 2 : existing.getCount() + 1)
                  .withLastTimestamp(StatusMerge.rfc3339(now))
                  .build();
          return kube.resource(counted).update();
        });
  }

  /** {@code <cluster>.<hash>}: one name per cluster incarnation, type, reason and message. */
  static String name(OpenBaoCluster cluster, ClusterEvent event) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  String.join(
                          "\n",
                          cluster.getMetadata().getUid(),
                          type(event),
                          event.reason(),
                          event.message())
                      .getBytes(StandardCharsets.UTF_8));
      return cluster.getMetadata().getName() + "." + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }

  private static Event newEvent(
      OpenBaoCluster cluster, ClusterEvent event, String name, Instant now) {
    String timestamp = StatusMerge.rfc3339(now);
    return new EventBuilder()
        .withNewMetadata()
        .withNamespace(cluster.getMetadata().getNamespace())
        .withName(name)
        .endMetadata()
        .withNewInvolvedObject()
        .withApiVersion(HasMetadata.getApiVersion(OpenBaoCluster.class))
        .withKind(HasMetadata.getKind(OpenBaoCluster.class))
        .withNamespace(cluster.getMetadata().getNamespace())
        .withName(cluster.getMetadata().getName())
        .withUid(cluster.getMetadata().getUid())
        .withResourceVersion(cluster.getMetadata().getResourceVersion())
        .endInvolvedObject()
        .withNewSource()
        .withComponent(COMPONENT)
        .endSource()
        .withType(type(event))
        .withReason(event.reason())
        .withMessage(event.message())
        .withCount(1)
        .withFirstTimestamp(timestamp)
        .withLastTimestamp(timestamp)
        .build();
  }

  private static String type(ClusterEvent event) {
    return event.warning() ? "Warning" : "Normal";
  }
}
