package org.baoflow.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DataConverter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.baoflow.api.v1alpha1.OpenBaoCluster;
import org.baoflow.api.v1alpha1.OpenBaoRestore;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample's spec survives the worker's DataConverter unchanged: encoded with Temporal's
 * Jackson 2 and decoded, it serialises (with fabric8, as the watcher reads it) to the same JSON.
 */
class BaoFlowDataConverterTest {
  private static final Path SAMPLES = Path.of("..", "deploy", "samples");
  private static final KubernetesSerialization KUBERNETES = new KubernetesSerialization();

  static List<Named<Object>> sampleSpecs() throws IOException {
    List<Named<Object>> specs = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SAMPLES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        for (String document : Files.readString(file).split("(?m)^---\\s*$")) {
          Map<?, ?> resource = KUBERNETES.unmarshal(document, Map.class);
          Object spec = specOf(resource);
          if (spec != null) {
            specs.add(Named.of(SAMPLES.relativize(file).toString(), spec));
          }
        }
      }
    }
    return specs;
  }

  private static Object specOf(Map<?, ?> resource) {
    if (resource == null) {
      return null;
    }
    return switch (String.valueOf(resource.get("kind"))) {
      case "OpenBaoCluster" -> KUBERNETES.convertValue(resource, OpenBaoCluster.class).getSpec();
      case "OpenBaoRestore" -> KUBERNETES.convertValue(resource, OpenBaoRestore.class).getSpec();
      default -> null;
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sampleSpecs")
  void specRoundTripsThroughTheDataConverter(Object spec) {
    DataConverter converter = BaoFlowDataConverter.get();
    Payload payload = converter.toPayload(spec).orElseThrow();
    Object decoded = converter.fromPayload(payload, spec.getClass(), spec.getClass());
    assertThat(decoded).isInstanceOf(spec.getClass()).isNotSameAs(spec);
    assertThat(KUBERNETES.convertValue(decoded, Object.class))
        .isEqualTo(KUBERNETES.convertValue(spec, Object.class));
  }

  @Test
  void everyBaoFlowSampleIsRoundTripped() throws IOException {
    assertThat(sampleSpecs()).hasSize(5);
  }

  /** A payload from a newer worker carries a field this one does not know. */
  record OlderPayload(String name, int replicas) {}

  @Test
  void aNewerPayloadWithAnAddedFieldIsReadByAnOlderWorker() {
    DataConverter converter = BaoFlowDataConverter.get();
    Payload newer =
        converter
            .toPayload(Map.of("name", "dev", "replicas", 3, "addedLater", Map.of("x", 1)))
            .orElseThrow();

    OlderPayload decoded = converter.fromPayload(newer, OlderPayload.class, OlderPayload.class);

    assertThat(decoded).isEqualTo(new OlderPayload("dev", 3));
  }

  @Test
  void allProcessesShareOneConverter() {
    assertThat(BaoFlowDataConverter.get()).isSameAs(BaoFlowDataConverter.get());
  }
}
