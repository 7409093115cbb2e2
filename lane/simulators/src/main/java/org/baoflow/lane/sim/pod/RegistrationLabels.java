package org.baoflow.lane.sim.pod;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * OpenBao's {@code service_registration "kubernetes"}: keeps the labels {@code openbao-active},
 * {@code openbao-sealed}, {@code openbao-initialized} and {@code openbao-version} of the node's pod
 * in step with the node's state, read from its unauthenticated {@code sys/health}, and patches the
 * pod only when they change.
 */
final class RegistrationLabels {
  static final String ACTIVE = "openbao-active";
  static final String SEALED = "openbao-sealed";
  static final String INITIALIZED = "openbao-initialized";
  static final String VERSION = "openbao-version";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  private final KubernetesClient client;
  private final String namespace;
  private final String podName;
  private final String scheme;
  private Map<String, String> published;

  /**
   * @param scheme {@code https}, or {@code http} for a listener with TLS disabled
   */
  RegistrationLabels(KubernetesClient client, String namespace, String podName, String scheme) {
    this.client = client;
    this.namespace = namespace;
    this.podName = podName;
    this.scheme = scheme;
  }

  /** Reads the node's health on {@code port} and patches the pod if its labels are behind. */
  synchronized void update(int port) {
    Optional<Map<String, String>> labels =
        HttpGet.get(scheme, port, "/v1/sys/health", TIMEOUT).flatMap(a -> labels(a.body()));
    if (labels.isEmpty()) {
      return;
    }
    if (published == null) {
      published = current();
    }
    if (labels.get().equals(published)) {
      return;
    }
    ObjectNode patch = MAPPER.createObjectNode();
    ObjectNode patchLabels = patch.putObject("metadata").putObject("labels");
    labels.get().forEach(patchLabels::put);
    try {
      client
          .pods()
          .inNamespace(namespace)
          .withName(podName)
          .patch(PatchContext.of(PatchType.JSON_MERGE), patch.toString());
      published = labels.get();
    } catch (KubernetesClientException e) {
      // The pod is gone or the API refused: read the pod again before the next patch.
      published = null;
    }
  }

  /** The labels a health body stands for; empty when the body is not OpenBao's health. */
  static Optional<Map<String, String>> labels(String body) {
    JsonNode health;
    try {
      health = MAPPER.readTree(body);
    } catch (JacksonException e) {
      return Optional.empty();
    }
    if (health == null || !health.has("initialized") || !health.has("sealed")) {
      return Optional.empty();
    }
    boolean initialized = health.path("initialized").asBoolean();
    boolean sealed = health.path("sealed").asBoolean();
    boolean standby = health.path("standby").asBoolean();
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(ACTIVE, Boolean.toString(initialized && !sealed && !standby));
    labels.put(SEALED, Boolean.toString(sealed));
    labels.put(INITIALIZED, Boolean.toString(initialized));
    if (health.hasNonNull("version")) {
      labels.put(VERSION, health.path("version").asText());
    }
    return Optional.of(labels);
  }

  private Map<String, String> current() {
    Pod pod = client.pods().inNamespace(namespace).withName(podName).get();
    Map<String, String> labels = new LinkedHashMap<>();
    if (pod != null && pod.getMetadata().getLabels() != null) {
      for (String key : new String[] {ACTIVE, SEALED, INITIALIZED, VERSION}) {
        String value = pod.getMetadata().getLabels().get(key);
        if (value != null) {
          labels.put(key, value);
        }
      }
    }
    return labels;
  }
}
