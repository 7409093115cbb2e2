package org.baoflow.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.conditions.ArchConditions.callMethodWhere;
import static com.tngtech.archunit.lang.conditions.ArchConditions.dependOnClassesThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import java.security.SecureRandom;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The architecture's guard rails as reusable rules. Each factory takes the package it guards, so
 * the same rule guards production code in {@code ArchitectureTest} and is proven to bite on
 * deliberately bad fixtures in {@code ArchitectureRulesTest}.
 */
final class ArchitectureRules {

  private static final DescribedPredicate<JavaClass> KUBERNETES_CLIENT =
      resideInAPackage("io.fabric8.kubernetes.client..");
  // Renderers may turn model objects into YAML and copy them (pure utilities), never call the API.
  private static final DescribedPredicate<JavaClass> KUBERNETES_API_ACCESS =
      KUBERNETES_CLIENT
          .and(DescribedPredicate.not(resideInAPackage("io.fabric8.kubernetes.client.utils..")))
          .and(DescribedPredicate.not(type(io.fabric8.kubernetes.client.CustomResource.class)))
          .as("the Kubernetes client");
  private static final DescribedPredicate<JavaClass> AWS_SDK =
      resideInAPackage("software.amazon.awssdk..");
  private static final DescribedPredicate<JavaClass> FILE_IO =
      resideInAnyPackage("java.nio.file..", "java.nio.channels..")
          .or(resideInAPackage("java.io").and(simpleNameStartingWith("File")))
          .as("file I/O");
  private static final DescribedPredicate<JavaClass> RANDOM_GENERATORS =
      type(Random.class)
          .or(type(SecureRandom.class))
          .or(type(ThreadLocalRandom.class))
          .as("random generators");

  private static final DescribedPredicate<JavaMethodCall> CLOCK_READS =
      calls("java.lang.System", "currentTimeMillis", "nanoTime")
          .or(calls("java.time.Clock"))
          .or(calls("java.time.InstantSource"))
          .or(
              DescribedPredicate.describe(
                  "java.time.*.now",
                  call ->
                      call.getTargetOwner().getPackageName().equals("java.time")
                          && call.getName().equals("now")))
          .as("clock reads");
  private static final DescribedPredicate<JavaMethodCall> RANDOM_DRAWS =
      calls("java.util.UUID", "randomUUID")
          .or(calls("java.lang.Math", "random"))
          .as("random draws");
  private static final DescribedPredicate<JavaMethodCall> ENVIRONMENT_READS =
      calls("java.lang.System", "getenv").as("environment reads");

  /**
   * Workflow code is replayed: anything that reaches the outside world or reads time, randomness or
   * the environment would make a replay diverge from the recorded history.
   */
  static final ArchCondition<JavaClass> TOUCH_THE_OUTSIDE_WORLD_FROM_WORKFLOW_CODE =
      dependOnClassesThat(
              KUBERNETES_CLIENT
                  .or(AWS_SDK)
                  .or(resideInAPackage("java.net.."))
                  .or(FILE_IO)
                  .or(RANDOM_GENERATORS)
                  .or(type(Thread.class)))
          .or(callMethodWhere(CLOCK_READS.or(RANDOM_DRAWS).or(ENVIRONMENT_READS)))
          .as("use clients, network, file I/O, threads, clocks, randomness or the environment");

  /**
   * Renderers are pure functions from spec to fabric8 model objects; model classes are fine, the
   * client, the network, files, clocks and randomness are not.
   */
  static final ArchCondition<JavaClass> HAVE_SIDE_EFFECTS_IN_A_RENDERER =
      dependOnClassesThat(
              KUBERNETES_API_ACCESS
                  .or(AWS_SDK)
                  .or(resideInAPackage("java.net.http.."))
                  .or(FILE_IO)
                  .or(RANDOM_GENERATORS))
          .or(callMethodWhere(CLOCK_READS.or(RANDOM_DRAWS).or(ENVIRONMENT_READS)))
          .as("use clients, HTTP, file I/O, clocks, randomness or the environment");

  private ArchitectureRules() {}

  /** No class in {@code packageIdentifier} may do what replayed workflow code must not do. */
  static ArchRule workflowCodeIsDeterministic(String packageIdentifier) {
    return noClasses()
        .that()
        .resideInAPackage(packageIdentifier)
        .should(TOUCH_THE_OUTSIDE_WORLD_FROM_WORKFLOW_CODE)
        .because("workflow code is replayed and must be deterministic");
  }

  /** No class in {@code packageIdentifier} may have side effects or read time or randomness. */
  static ArchRule renderersArePure(String packageIdentifier) {
    return noClasses()
        .that()
        .resideInAPackage(packageIdentifier)
        .should(HAVE_SIDE_EFFECTS_IN_A_RENDERER)
        .because("rendering is a pure function tested with golden YAML");
  }

  /**
   * The named root classes (which must exist) and every record in {@code recordPackage} carry no
   * fabric8 type in their fields, transitively through our own types.
   */
  static ArchRule payloadsCarryNoFabric8Types(String recordPackage, Set<String> requiredRoots) {
    DescribedPredicate<JavaClass> payloadRoots =
        resideInAPackage(recordPackage)
            .and(DescribedPredicate.describe("are records", JavaClass::isRecord))
            .or(
                DescribedPredicate.describe(
                    "are one of " + new TreeSet<>(requiredRoots),
                    (JavaClass javaClass) -> requiredRoots.contains(javaClass.getName())));
    return classes()
        .that(payloadRoots)
        .should(new CarryNoFabric8Types(requiredRoots))
        .because(
            "fabric8 8 model types carry Jackson 3 serializers that Temporal's Jackson 2 converter"
                + " ignores")
        // The condition itself fails when a required root is missing, with a message that names
        // it; ArchUnit's generic "checked no classes" error would hide which one.
        .allowEmptyShould(true);
  }

  private static DescribedPredicate<JavaMethodCall> calls(String owner, String... methods) {
    Set<String> names = Set.of(methods);
    return DescribedPredicate.describe(
        owner + (names.isEmpty() ? ".*" : "." + String.join("|", methods)),
        call ->
            call.getTargetOwner().getName().equals(owner)
                && (names.isEmpty() || names.contains(call.getName())));
  }
}
