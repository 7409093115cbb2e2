package org.baoflow.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Checks the architecture's guard rails against BaoFlow's production classes. */
class ArchitectureTest {

  private static final JavaClasses PRODUCTION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.baoflow");

  /** The CR spec classes that the watcher sends to workflows as payloads. */
  private static final Set<String> SPECS_SENT_TO_WORKFLOWS =
      Set.of(
          "org.baoflow.api.v1alpha1.OpenBaoClusterSpec",
          "org.baoflow.api.v1alpha1.OpenBaoRestoreSpec");

  @Test
  void workflowCodeTouchesNoClientsIoClocksOrRandomness() {
    // Empty is allowed so the rule holds from the first workflow class on; ArchitectureRulesTest
    // proves it reports violations.
    ArchitectureRules.workflowCodeIsDeterministic("org.baoflow.workflows..")
        .allowEmptyShould(true)
        .check(PRODUCTION);
  }

  @Test
  void renderersArePure() {
    ArchitectureRules.renderersArePure("org.baoflow.activities.kube.render..")
        .allowEmptyShould(true)
        .check(PRODUCTION);
  }

  @Test
  void payloadsCarryNoFabric8Types() {
    ArchitectureRules.payloadsCarryNoFabric8Types(
            "org.baoflow.workflows..", SPECS_SENT_TO_WORKFLOWS)
        .check(PRODUCTION);
  }
}
