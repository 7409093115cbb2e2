package org.baoflow.api.v1alpha1;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CRDs in {@code deploy/crds/} are exactly what fabric8's crd-generator makes of the classes in
 * this build, so a change to a CR class cannot ship without its CRD. Regenerate with {@code ./mvnw
 * -q -pl api verify -Dcrd.update=true}.
 */
class CrdDriftTest {
  private static final Path GENERATED = Path.of("target", "classes", "META-INF", "fabric8");
  private static final Path COMMITTED = Path.of("..", "deploy", "crds");

  static List<String> crdFiles() {
    return List.of("openbaoclusters.openbao.org-v1.yml", "openbaorestores.openbao.org-v1.yml");
  }

  @ParameterizedTest
  @MethodSource("crdFiles")
  void committedCrdEqualsGeneratedCrd(String file) throws IOException {
    String generated = Files.readString(GENERATED.resolve(file), StandardCharsets.UTF_8);
    if (Boolean.getBoolean("crd.update")) {
      Files.createDirectories(COMMITTED);
      Files.writeString(COMMITTED.resolve(file), generated, StandardCharsets.UTF_8);
    }
    assertThat(COMMITTED.resolve(file))
        .as("deploy/crds/%s must be committed (run with -Dcrd.update=true)", file)
        .exists();
    assertThat(Files.readString(COMMITTED.resolve(file), StandardCharsets.UTF_8))
        .as("deploy/crds/%s is stale: rerun with -Dcrd.update=true and commit it", file)
        .isEqualTo(generated);
  }

  @Test
  void everyGeneratedCrdIsChecked() throws IOException {
    try (Stream<Path> files = Files.list(GENERATED)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(crdFiles());
    }
  }
}
