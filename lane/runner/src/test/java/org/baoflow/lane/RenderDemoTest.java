package org.baoflow.lane;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderDemoTest {
  private static final Path DEV_LANE = Path.of("..", "..", "deploy", "samples", "dev-lane.yaml");
  private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

  @Test
  void rendersEveryResourceOfTheDevelopmentLane() throws IOException {
    Run run = run(DEV_LANE);

    assertThat(run.exitCode()).isZero();
    assertThat(run.resources())
        .extracting(HasMetadata::getKind)
        .contains(
            "Secret",
            "ConfigMap",
            "ServiceAccount",
            "Role",
            "RoleBinding",
            "Service",
            "NetworkPolicy",
            "StatefulSet",
            "PodDisruptionBudget");
    StatefulSet statefulSet =
        run.resources().stream()
            .filter(StatefulSet.class::isInstance)
            .map(StatefulSet.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(statefulSet.getSpec().getReplicas()).isEqualTo(3);
    assertThat(statefulSet.getMetadata().getNamespace()).isEqualTo("openbao");
  }

  @Test
  void printsNoSecretValue() throws IOException {
    Run run = run(DEV_LANE);

    assertThat(run.out()).doesNotContain("PRIVATE KEY").doesNotContain("BEGIN CERTIFICATE");
    assertThat(run.resources())
        .filteredOn(Secret.class::isInstance)
        .isNotEmpty()
        .allSatisfy(
            secret -> {
              assertThat(((Secret) secret).getData()).isNullOrEmpty();
              assertThat(((Secret) secret).getStringData().values())
                  .allMatch(value -> value.endsWith("bytes, not shown>"));
            });
  }

  @Test
  void refusesAnInvalidClusterNamingTheField(@TempDir Path dir) throws IOException {
    Path invalid = dir.resolve("even.yaml");
    Files.writeString(
        invalid,
        Files.readString(DEV_LANE, StandardCharsets.UTF_8).replace("replicas: 3", "replicas: 4"),
        StandardCharsets.UTF_8);

    Run run = run(invalid);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("spec.replicas");
    assertThat(run.out()).isEmpty();
  }

  private static Run run(Path file) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        RenderDemo.run(
            file,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            NOW);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private record Run(int exitCode, String out, String err) {
    List<HasMetadata> resources() {
      KubernetesSerialization yaml = new KubernetesSerialization();
      return Arrays.stream(out.split("(?m)^---$"))
          .filter(document -> document.contains("kind:"))
          .map(document -> (HasMetadata) yaml.unmarshal(document))
          .toList();
    }
  }
}
