package org.baoflow.activities.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.baoflow.api.v1alpha1.OpenBaoCluster;
import org.baoflow.workflows.activities.ValidationActivities.FieldViolation;
import org.baoflow.workflows.activities.ValidationActivities.ValidationReport;
import org.baoflow.workflows.activities.ValidationActivities.ValidationRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The activity reports what the validator finds: every invalid OpenBaoCluster of the {@code api}
 * module's catalogue (updates with the stored spec as the previous one) is reported invalid with
 * exactly the catalogue's messages, each with its field; the samples are valid.
 */
class ValidationActivitiesImplTest {
  private static final Path CATALOGUE = Path.of("..", "api", "src", "test", "resources", "invalid");
  private static final Path SAMPLES = Path.of("..", "deploy", "samples");
  private static final String EXPECT = "# expect: ";
  private static final KubernetesSerialization YAML = new KubernetesSerialization();

  private final ValidationActivitiesImpl activities = new ValidationActivitiesImpl();

  record Case(Path file, List<String> expected, OpenBaoCluster previous, OpenBaoCluster cluster) {
    @Override
    public String toString() {
      return file.getFileName().toString();
    }
  }

  static List<Case> invalidClusters() throws IOException {
    List<Case> cases = new ArrayList<>();
    for (Path file : yamlFiles(CATALOGUE, CATALOGUE.resolve("java-only"))) {
      List<String> documents = documents(file);
      if (documents.stream().noneMatch(d -> d.contains("kind: OpenBaoCluster"))) {
        continue;
      }
      List<String> expected =
          Files.readAllLines(file).stream()
              .filter(line -> line.startsWith(EXPECT))
              .map(line -> line.substring(EXPECT.length()))
              .sorted()
              .toList();
      OpenBaoCluster cluster =
          YAML.unmarshal(documents.get(documents.size() - 1), OpenBaoCluster.class);
      OpenBaoCluster previous =
          documents.size() == 2 ? YAML.unmarshal(documents.get(0), OpenBaoCluster.class) : null;
      cases.add(new Case(file, expected, previous, cluster));
    }
    return cases;
  }

  static List<Path> samples() throws IOException {
    List<Path> samples = new ArrayList<>();
    for (Path file : yamlFiles(SAMPLES, SAMPLES.resolve("dr-lane"))) {
      if (Files.readString(file).contains("kind: OpenBaoCluster")) {
        samples.add(file);
      }
    }
    return samples;
  }

  @Test
  void theCatalogueAndTheSamplesAreFound() throws IOException {
    assertThat(invalidClusters()).hasSizeGreaterThanOrEqualTo(30);
    assertThat(samples()).hasSizeGreaterThanOrEqualTo(3);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidClusters")
  void everyInvalidClusterIsReportedWithItsFieldsAndMessages(Case c) {
    OpenBaoCluster cluster = c.cluster();
    ValidationReport report =
        activities.validate(
            new ValidationRequest(
                cluster.getMetadata().getNamespace(),
                cluster.getMetadata().getName(),
                cluster.getSpec(),
                c.previous() == null ? null : c.previous().getSpec()));

    assertThat(report.valid()).isFalse();
    assertThat(report.violations().stream().map(FieldViolation::message).sorted().toList())
        .isEqualTo(c.expected());
    assertThat(report.violations()).allSatisfy(v -> assertThat(v.field()).startsWith("spec"));
  }

  @Test
  void theUpdateRulesApplyOnlyWithAPreviousSpec() throws IOException {
    Case shrink =
        invalidClusters().stream()
            .filter(c -> c.toString().equals("update-storage-shrink.yaml"))
            .findFirst()
            .orElseThrow();
    OpenBaoCluster cluster = shrink.cluster();

    ValidationReport fresh =
        activities.validate(
            new ValidationRequest(
                cluster.getMetadata().getNamespace(),
                cluster.getMetadata().getName(),
                cluster.getSpec(),
                null));

    assertThat(fresh.valid()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void theSamplesAreValid(Path sample) throws IOException {
    for (String document : documents(sample)) {
      if (!document.contains("kind: OpenBaoCluster")) {
        continue;
      }
      OpenBaoCluster cluster = YAML.unmarshal(document, OpenBaoCluster.class);
      ValidationReport report =
          activities.validate(
              new ValidationRequest(
                  cluster.getMetadata().getNamespace(),
                  cluster.getMetadata().getName(),
                  cluster.getSpec(),
                  cluster.getSpec()));

      assertThat(report.violations()).isEmpty();
      assertThat(report.valid()).isTrue();
    }
  }

  private static List<Path> yamlFiles(Path... directories) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path directory : directories) {
      try (Stream<Path> listed = Files.list(directory)) {
        listed.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(files::add);
      }
    }
    return files;
  }

  private static List<String> documents(Path file) throws IOException {
    return Stream.of(Files.readString(file).split("(?m)^---\\s*$"))
        .filter(d -> d.contains("kind:"))
        .toList();
  }
}
