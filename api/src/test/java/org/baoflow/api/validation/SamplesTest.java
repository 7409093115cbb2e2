package org.baoflow.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.baoflow.api.testing.BothValidators;
import org.baoflow.api.testing.Yaml;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The samples in deploy/samples are valid for the schema, for CEL and for the Java validator. */
class SamplesTest {
  private static final Path SAMPLES = Path.of("..", "deploy", "samples");

  static List<Named<Map<String, Object>>> samples() throws IOException {
    List<Named<Map<String, Object>>> resources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SAMPLES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        for (Map<String, Object> document : Yaml.readAll(file)) {
          if (BothValidators.isBaoFlowResource(document)) {
            resources.add(Named.of(SAMPLES.relativize(file).toString(), document));
          }
        }
      }
    }
    return resources;
  }

  private static Map<String, Object> sample(String file) throws IOException {
    return Yaml.read(SAMPLES.resolve(file));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sampleIsValidEverywhereAndFullySupported(Map<String, Object> resource) {
    assertThat(BothValidators.schemaProblems(resource)).isEmpty();
    assertThat(BothValidators.cel(null, resource)).isEmpty();
    ValidationResult result = BothValidators.java(null, resource);
    assertThat(result.violations()).isEmpty();
    assertThat(result.unsupportedFields()).isEmpty();
    // Re-applying a sample unchanged is a valid update (transition rules included).
    assertThat(BothValidators.cel(resource, resource)).isEmpty();
    assertThat(BothValidators.java(resource, resource).violations()).isEmpty();
  }

  @Test
  void everyLaneHasItsSamples() throws IOException {
    assertThat(samples())
        .extracting(Named::getName)
        .containsExactlyInAnyOrder(
            "dev-lane.yaml",
            "dr-lane/restore.yaml",
            "dr-lane/source.yaml",
            "dr-lane/target.yaml",
            "hardened.yaml");
  }

  @Test
  void drLaneClustersShareOneTransitKeyAndOneBucket() throws IOException {
    Map<String, Object> source = spec(sample("dr-lane/source.yaml"));
    Map<String, Object> target = spec(sample("dr-lane/target.yaml"));
    Map<String, Object> restore = sample("dr-lane/restore.yaml");
    assertThat(at(target, "unseal")).isEqualTo(at(source, "unseal"));
    assertThat(at(target, "unseal", "type")).isEqualTo("transit");
    assertThat(at(target, "unseal", "credentialsSecretRef")).isNotNull();
    assertThat(at(target, "backup", "target")).isEqualTo(at(source, "backup", "target"));
    assertThat(at(spec(restore), "source", "target")).isEqualTo(at(source, "backup", "target"));
    assertThat(at(spec(restore), "cluster"))
        .isEqualTo(at(sample("dr-lane/target.yaml"), "metadata", "name"));
    assertThat(at(restore, "metadata", "namespace"))
        .isEqualTo(at(sample("dr-lane/target.yaml"), "metadata", "namespace"));
  }

  @Test
  void resourceWithGoOperatorExtrasIsValidAndListsWhatBaoFlowDoesNotImplement() throws IOException {
    Map<String, Object> resource =
        Yaml.read(Path.of("src/test/resources/unsupported/go-operator-extras.yaml"));
    assertThat(BothValidators.schemaProblems(resource)).isEmpty();
    assertThat(BothValidators.cel(null, resource)).isEmpty();
    ValidationResult result = BothValidators.java(null, resource);
    assertThat(result.valid()).isTrue();
    assertThat(result.unsupportedFields())
        .containsExactlyInAnyOrder(
            "spec.unseal.type=kmip",
            "spec.unseal.kmip",
            "spec.backup.image",
            "spec.backup.target.provider=gcs",
            "spec.backup.target.gcs",
            "spec.upgrade.blueGreen.verification.prePromotionHook",
            "spec.maintenance",
            "spec.audit");
  }

  private static Map<String, Object> spec(Map<String, Object> resource) {
    return asMap(resource.get("spec"));
  }

  private static Object at(Map<String, Object> object, String... path) {
    Object value = object;
    for (String key : path) {
      value = value == null ? null : asMap(value).get(key);
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object value) {
    return (Map<String, Object>) value;
  }
}
