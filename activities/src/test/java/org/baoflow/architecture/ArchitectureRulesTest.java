package org.baoflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Proves that each guard rail reports violations: the rules run against deliberately bad (and a few
 * deliberately good) fixture classes, imported with test classes included.
 */
class ArchitectureRulesTest {

  private static final String FIXTURES = "org.baoflow.architecture.fixtures";
  private static final JavaClasses FIXTURE_CLASSES =
      new ClassFileImporter().importPackages(FIXTURES);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<java.time.Instant.now()>",
        "<java.time.LocalDateTime.now()>",
        "<java.time.OffsetDateTime.now()>",
        "<java.time.ZonedDateTime.now()>",
        "<java.time.Clock.systemUTC()>",
        "<java.lang.System.currentTimeMillis()>",
        "<java.lang.System.nanoTime()>",
        "<java.lang.System.getenv(java.lang.String)>",
        "<java.util.UUID.randomUUID()>",
        "<java.lang.Thread.sleep(long)>",
        "<io.fabric8.kubernetes.client.KubernetesClient>",
        "<software.amazon.awssdk.services.s3.S3Client>",
        "<java.net.URI>",
        "<java.io.File>",
        "<java.nio.file.Path>",
        "<java.nio.channels.FileChannel>",
        "<java.util.Random>",
        "<java.security.SecureRandom>",
        "<java.lang.Thread>"
      })
  void workflowRuleReportsEachForbiddenUse(String forbidden) {
    List<String> violations = violations(workflowRule());

    assertThat(violations).anyMatch(line -> line.contains(forbidden));
  }

  @Test
  void workflowRuleLeavesDeterministicCodeAlone() {
    assertThat(violations(workflowRule()))
        .isNotEmpty()
        .noneMatch(line -> line.contains("DeterministicWorkflow"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<io.fabric8.kubernetes.client.KubernetesClient>",
        "<java.net.http.HttpClient>",
        "<software.amazon.awssdk.services.s3.S3Client>",
        "<java.nio.file.Files.readString(java.nio.file.Path)>",
        "<java.time.Instant.now()>",
        "<java.util.UUID.randomUUID()>"
      })
  void rendererRuleReportsEachForbiddenUse(String forbidden) {
    assertThat(violations(rendererRule())).anyMatch(line -> line.contains(forbidden));
  }

  @Test
  void rendererRuleAllowsModelClassesAndUris() {
    assertThat(violations(rendererRule()))
        .isNotEmpty()
        .noneMatch(line -> line.contains("ModelOnlyRenderer"));
  }

  @Test
  void payloadRuleFindsFabric8TypeInARecord() {
    assertThat(violations(payloadRule(Set.of())))
        .anyMatch(
            line ->
                line.contains("QuantityPayload")
                    && line.contains(
                        "io.fabric8.kubernetes.api.model.Quantity at QuantityPayload.storage"));
  }

  @Test
  void payloadRuleFollowsGenericArgumentsThroughOurOwnTypes() {
    String spec = FIXTURES + ".payload.FixtureSpec";

    assertThat(violations(payloadRule(Set.of(spec))))
        .anyMatch(
            line ->
                line.contains(
                    "io.fabric8.kubernetes.api.model.IntOrString at FixtureSpec.volumes.ports"));
  }

  @Test
  void payloadRuleLeavesCleanRecordsAlone() {
    assertThat(violations(payloadRule(Set.of())))
        .isNotEmpty()
        .noneMatch(line -> line.contains("CleanPayload"));
  }

  @Test
  void payloadRuleFailsWhenARequiredRootIsMissing() {
    String absent = FIXTURES + ".payload.AbsentSpec";

    assertThat(violations(payloadRule(Set.of(absent))))
        .anyMatch(line -> line.contains(absent) && line.contains("was not found"));
  }

  private static ArchRule workflowRule() {
    return ArchitectureRules.workflowCodeIsDeterministic(FIXTURES + ".workflows..");
  }

  private static ArchRule rendererRule() {
    return ArchitectureRules.renderersArePure(FIXTURES + ".render..");
  }

  private static ArchRule payloadRule(Set<String> requiredRoots) {
    return ArchitectureRules.payloadsCarryNoFabric8Types(FIXTURES + ".payload..", requiredRoots);
  }

  private static List<String> violations(ArchRule rule) {
    return rule.evaluate(FIXTURE_CLASSES).getFailureReport().getDetails();
  }
}
