package org.baoflow.api.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.baoflow.api.testing.Yaml;

/**
 * One invalid resource of the catalogue: its leading comments declare the messages it must produce
 * ({@code # expect: <message>}, once per message) and, for checks only Java can make, why CEL
 * cannot ({@code # java-only: <reason>}). With two documents, the first is the stored resource and
 * the second the update.
 */
record CatalogueCase(
    Path file,
    List<String> expected,
    String javaOnlyReason,
    Map<String, Object> old,
    Map<String, Object> resource) {

  private static final String EXPECT = "# expect: ";
  private static final String JAVA_ONLY = "# java-only: ";

  static CatalogueCase read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    List<String> expected =
        lines.stream()
            .filter(l -> l.startsWith(EXPECT))
            .map(l -> l.substring(EXPECT.length()))
            .sorted()
            .toList();
    String javaOnly =
        lines.stream()
            .filter(l -> l.startsWith(JAVA_ONLY))
            .map(l -> l.substring(JAVA_ONLY.length()))
            .findFirst()
            .orElse(null);
    List<Map<String, Object>> documents = Yaml.readAll(file);
    return documents.size() == 2
        ? new CatalogueCase(file, expected, javaOnly, documents.get(0), documents.get(1))
        : new CatalogueCase(file, expected, javaOnly, null, documents.get(0));
  }

  @Override
  public String toString() {
    return file.getFileName().toString();
  }
}
