package org.baoflow.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.baoflow.api.cel.CrdRule;
import org.baoflow.api.cel.Crds;
import org.baoflow.api.testing.BothValidators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of invalid resources: CEL (as Kubernetes runs it) and the Java validator reject
 * each with exactly the declared messages; the Java-only cases pass CEL and fail in Java.
 */
class InvalidCatalogueTest {
  private static final Path CATALOGUE = Path.of("src/test/resources/invalid");

  static List<CatalogueCase> celCases() throws IOException {
    return cases(CATALOGUE);
  }

  static List<CatalogueCase> javaOnlyCases() throws IOException {
    return cases(CATALOGUE.resolve("java-only"));
  }

  private static List<CatalogueCase> cases(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      List<Path> yaml = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
      List<CatalogueCase> cases = new java.util.ArrayList<>();
      for (Path file : yaml) {
        cases.add(CatalogueCase.read(file));
      }
      return cases;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("celCases")
  void celAndJavaRejectWithTheDeclaredMessages(CatalogueCase c) {
    assertThat(c.expected()).isNotEmpty();
    assertThat(c.javaOnlyReason()).isNull();
    assertSchemaValid(c);
    assertThat(sorted(BothValidators.cel(c.old(), c.resource()))).isEqualTo(c.expected());
    assertThat(sorted(BothValidators.java(c.old(), c.resource()).messages()))
        .isEqualTo(c.expected());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("javaOnlyCases")
  void onlyJavaRejectsWhatCelCannotSay(CatalogueCase c) {
    assertThat(c.expected()).isNotEmpty();
    assertThat(c.javaOnlyReason()).isNotBlank();
    assertSchemaValid(c);
    assertThat(BothValidators.cel(c.old(), c.resource())).isEmpty();
    assertThat(sorted(BothValidators.java(c.old(), c.resource()).messages()))
        .isEqualTo(c.expected());
  }

  @Test
  void catalogueCoversEveryCelRule() throws IOException {
    List<String> expected = celCases().stream().flatMap(c -> c.expected().stream()).toList();
    assertThat(celCases()).hasSizeGreaterThanOrEqualTo(30);
    Stream.concat(Crds.clusters().rules().stream(), Crds.restores().rules().stream())
        .map(CrdRule::message)
        .forEach(message -> assertThat(expected).as("a case for: " + message).contains(message));
  }

  private static void assertSchemaValid(CatalogueCase c) {
    // Refused by the rule under test, not by the schema before it.
    assertThat(BothValidators.schemaProblems(c.resource())).isEmpty();
    if (c.old() != null) {
      assertThat(BothValidators.schemaProblems(c.old())).isEmpty();
      assertThat(BothValidators.cel(null, c.old())).isEmpty();
    }
  }

  private static List<String> sorted(List<String> messages) {
    return messages.stream().sorted().toList();
  }
}
