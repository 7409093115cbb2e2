package org.baoflow.activities.kube.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BootstrapFilesTest {
  private static final BootstrapFiles FILES =
      new BootstrapFiles("config", "entrypoint", Optional.of("self-init"));

  @Test
  void configHashIsAStableSha256Hex() {
    assertThat(FILES.configHash())
        .matches("[0-9a-f]{64}")
        .isEqualTo(
            new BootstrapFiles("config", "entrypoint", Optional.of("self-init")).configHash());
  }

  @Test
  void configHashChangesWhenAnyFileChanges() {
    assertThat(new BootstrapFiles("config2", "entrypoint", Optional.of("self-init")).configHash())
        .isNotEqualTo(FILES.configHash());
    assertThat(new BootstrapFiles("config", "entrypoint2", Optional.of("self-init")).configHash())
        .isNotEqualTo(FILES.configHash());
    assertThat(new BootstrapFiles("config", "entrypoint", Optional.of("self-init2")).configHash())
        .isNotEqualTo(FILES.configHash());
    assertThat(new BootstrapFiles("config", "entrypoint", Optional.empty()).configHash())
        .isNotEqualTo(FILES.configHash());
  }

  @Test
  void configHashTellsWhichFileHoldsWhichText() {
    assertThat(new BootstrapFiles("configentry", "point", Optional.empty()).configHash())
        .isNotEqualTo(new BootstrapFiles("config", "entrypoint", Optional.empty()).configHash());
    assertThat(new BootstrapFiles("entrypoint", "config", Optional.empty()).configHash())
        .isNotEqualTo(new BootstrapFiles("config", "entrypoint", Optional.empty()).configHash());
  }

  @Test
  void greenAndBootstrapRevisionsHashDifferently() {
    ClusterModel model = BootstrapScenarios.model("dev-lane");

    BootstrapFiles blue =
        BootstrapFiles.render(
            model, BootstrapScenarios.PLATFORM, ConfigRevision.unrevisioned(), true);
    BootstrapFiles green =
        BootstrapFiles.render(
            model, BootstrapScenarios.PLATFORM, ConfigRevision.green("r2", "r1"), true);

    assertThat(blue.selfInit()).isPresent();
    assertThat(green.selfInit()).isEmpty();
    assertThat(blue.entrypoint()).isEqualTo(green.entrypoint());
    assertThat(blue.configHash()).isNotEqualTo(green.configHash());
  }

  @Test
  void afterBootstrapNoSelfInitIsRenderedAndTheHashChanges() {
    ClusterModel model = BootstrapScenarios.model("dev-lane");

    BootstrapFiles bootstrapping =
        BootstrapFiles.render(
            model, BootstrapScenarios.PLATFORM, ConfigRevision.unrevisioned(), true);
    BootstrapFiles initialized =
        BootstrapFiles.render(
            model, BootstrapScenarios.PLATFORM, ConfigRevision.unrevisioned(), false);

    assertThat(bootstrapping.selfInit()).isPresent();
    assertThat(initialized.selfInit()).isEmpty();
    assertThat(initialized.configTemplate()).isEqualTo(bootstrapping.configTemplate());
    assertThat(initialized.configHash()).isNotEqualTo(bootstrapping.configHash());
  }
}
