package org.baoflow.lane.sim.kubelet;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PodTemplateRevisionTest {
  private final PodTemplateRevision revision =
      new PodTemplateRevision(new KubernetesSerialization());

  private static PodTemplateSpec template(Map<String, String> labels, String image) {
    return new PodTemplateSpecBuilder()
        .withNewMetadata()
        .withLabels(labels)
        .endMetadata()
        .withNewSpec()
        .addNewContainer()
        .withName("bao")
        .withImage(image)
        .endContainer()
        .endSpec()
        .build();
  }

  @Test
  void equalTemplatesHashAlikeWhateverTheirLabelOrder() {
    Map<String, String> ab = new LinkedHashMap<>();
    ab.put("a", "1");
    ab.put("b", "2");
    Map<String, String> ba = new LinkedHashMap<>();
    ba.put("b", "2");
    ba.put("a", "1");

    assertThat(revision.of("s", template(ab, "x:1")))
        .isEqualTo(revision.of("s", template(ba, "x:1")));
  }

  @Test
  void aChangedTemplateHashesDifferently() {
    Map<String, String> labels = Map.of("a", "1");

    assertThat(revision.of("s", template(labels, "x:1")))
        .startsWith("s-")
        .isNotEqualTo(revision.of("s", template(labels, "x:2")));
  }

  @Test
  void backOffDoublesUpToItsCap() {
    KubeletTiming timing =
        new KubeletTiming(
            Duration.ofMillis(1),
            Duration.ofMillis(10),
            Duration.ofMillis(35),
            Duration.ofMillis(1));

    assertThat(timing.backOff(1)).hasMillis(10);
    assertThat(timing.backOff(2)).hasMillis(20);
    assertThat(timing.backOff(3)).hasMillis(35);
    assertThat(timing.backOff(9)).hasMillis(35);
  }
}
