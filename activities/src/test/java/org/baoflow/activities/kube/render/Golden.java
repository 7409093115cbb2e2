package org.baoflow.activities.kube.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Golden files of rendered output under {@code src/test/resources/golden/}, compared byte for byte.
 * Run with {@code -Dgolden.update=true} to rewrite them, then review the diff.
 */
final class Golden {
  private static final Path ROOT = Path.of("src", "test", "resources", "golden");
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  private Golden() {}

  /** Asserts that {@code actual} equals the golden file {@code relativePath}, or rewrites it. */
  static void assertMatches(String relativePath, String actual) {
    Path file = ROOT.resolve(relativePath);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(file).as("golden file %s (create it with -Dgolden.update=true)", file).exists();
      assertThat(actual)
          .as("%s differs; rerun with -Dgolden.update=true and review the diff", file)
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Renders resources as one multi-document YAML file, in the given order. */
  static String yaml(List<? extends HasMetadata> resources) {
    return resources.stream().map(SERIALIZATION::asYaml).collect(Collectors.joining());
  }
}
