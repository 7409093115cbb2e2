package org.baoflow.lane.sim.pod;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistrationLabelsTest {

  @Test
  void anActiveNodeIsInitializedUnsealedAndNotStandby() {
    assertThat(
            RegistrationLabels.labels(
                "{\"initialized\":true,\"sealed\":false,\"standby\":false,\"version\":\"2.4.4\"}"))
        .contains(
            Map.of(
                "openbao-active", "true",
                "openbao-sealed", "false",
                "openbao-initialized", "true",
                "openbao-version", "2.4.4"));
  }

  @Test
  void aStandbyOrSealedNodeIsNotActive() {
    assertThat(
            RegistrationLabels.labels("{\"initialized\":true,\"sealed\":false,\"standby\":true}")
                .orElseThrow())
        .containsEntry("openbao-active", "false")
        .doesNotContainKey("openbao-version");
    assertThat(
            RegistrationLabels.labels("{\"initialized\":true,\"sealed\":true,\"standby\":false}")
                .orElseThrow())
        .containsEntry("openbao-active", "false")
        .containsEntry("openbao-sealed", "true");
  }

  @Test
  void aBodyThatIsNotHealthChangesNothing() {
    assertThat(RegistrationLabels.labels("{\"errors\":[]}")).isEmpty();
    assertThat(RegistrationLabels.labels("<html>")).isEmpty();
  }
}
