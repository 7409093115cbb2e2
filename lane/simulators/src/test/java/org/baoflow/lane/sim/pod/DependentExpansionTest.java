package org.baoflow.lane.sim.pod;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DependentExpansionTest {
  private static final Map<String, String> VARS = Map.of("POD_NAME", "dev-0", "EMPTY", "");

  @Test
  void replacesDefinedVariables() {
    assertThat(DependentExpansion.expand("https://$(POD_NAME).dev:8200", VARS))
        .isEqualTo("https://dev-0.dev:8200");
    assertThat(DependentExpansion.expand("[$(EMPTY)]", VARS)).isEqualTo("[]");
  }

  @Test
  void keepsUndefinedAndUnterminatedReferencesAsWritten() {
    assertThat(DependentExpansion.expand("$(MISSING)/x", VARS)).isEqualTo("$(MISSING)/x");
    assertThat(DependentExpansion.expand("a $(POD_NAME", VARS)).isEqualTo("a $(POD_NAME");
  }

  @Test
  void aDoubleDollarEscapesAndOtherDollarsStay() {
    assertThat(DependentExpansion.expand("$$(POD_NAME) ${POD_NAME} $", VARS))
        .isEqualTo("$(POD_NAME) ${POD_NAME} $");
  }
}
