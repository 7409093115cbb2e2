package org.baoflow.workflows;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Workflow code stays deterministic (docs/decisions/0008): no I/O, clocks, randomness, threads or
 * clients, only {@code Workflow.*} APIs. It covers the packages of workflow implementations.
 */
class WorkflowDeterminismArchTest {
  private static final String[] WORKFLOW_PACKAGES = {
    "org.baoflow.workflows.cluster..",
    "org.baoflow.workflows.bootstrap..",
    "org.baoflow.workflows.converge..",
    "org.baoflow.workflows.delete..",
    "org.baoflow.workflows.backup.."
  };

  @Test
  void workflowCodeUsesOnlyDeterministicApis() {
    JavaClasses main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.baoflow.workflows");

    assertThat(main.stream().map(c -> c.getName()))
        .contains("org.baoflow.workflows.cluster.ClusterWorkflowImpl");
    rules(WORKFLOW_PACKAGES).forEach(rule -> rule.check(main));
  }

  @Test
  void theRulesCatchEachForbiddenCall() {
    JavaClasses fixture =
        new ClassFileImporter().importPackages("org.baoflow.workflows.nondeterministic");

    for (ArchRule rule : rules("org.baoflow.workflows.nondeterministic..")) {
      EvaluationResult result = rule.evaluate(fixture);
      assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
    }
  }

  static List<ArchRule> rules(String... packages) {
    return List.of(
        noClasses()
            .that()
            .resideInAnyPackage(packages)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.io..", "java.nio.file..", "java.net..", "io.fabric8..")
            .because("workflow code does no I/O and calls no client; activities do"),
        noClasses()
            .that()
            .resideInAnyPackage(packages)
            .should()
            .callMethod(System.class, "currentTimeMillis")
            .orShould()
            .callMethod(System.class, "nanoTime")
            .orShould()
            .callMethod(Instant.class, "now")
            .orShould()
            .callMethod(LocalDateTime.class, "now")
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(Clock.class)
            .because("workflow time is Workflow.currentTimeMillis()"),
        noClasses()
            .that()
            .resideInAnyPackage(packages)
            .should()
            .dependOnClassesThat()
            .areAssignableTo(Random.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(SecureRandom.class)
            .orShould()
            .callMethod(UUID.class, "randomUUID")
            .because("workflow randomness is Workflow.newRandom() and Workflow.randomUUID()"),
        noClasses()
            .that()
            .resideInAnyPackage(packages)
            .should()
            .dependOnClassesThat()
            .areAssignableTo(Thread.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(ExecutorService.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(Executors.class)
            .because("workflow concurrency is Async and Promise"));
  }
}
