package org.baoflow.lane.sim.kubelet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The {@code controller-revision-hash} of a pod template: {@code <statefulset>-<hash>}, the same
 * for equal templates whatever the order of their map keys, different when anything changes.
 */
final class PodTemplateRevision {
  // Kubernetes' safe-encoding alphabet: no vowels, no look-alike characters.
  private static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
  private static final ObjectMapper CANONICAL =
      new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private final KubernetesSerialization serialization;

  PodTemplateRevision(KubernetesSerialization serialization) {
    this.serialization = serialization;
  }

  String of(String statefulSet, PodTemplateSpec template) {
    try {
      Object tree = CANONICAL.readValue(serialization.asJson(template), Object.class);
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(CANONICAL.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8));
      StringBuilder hash = new StringBuilder();
      for (int i = 0; i < 10; i++) {
        hash.append(ALPHABET.charAt((digest[i] & 0xff) % ALPHABET.length()));
      }
      return statefulSet + "-" + hash;
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot hash the pod template of " + statefulSet, e);
    }
  }
}
