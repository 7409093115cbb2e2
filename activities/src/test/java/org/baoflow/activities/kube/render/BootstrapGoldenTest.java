package org.baoflow.activities.kube.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.baoflow.lane.sim.hcl.HclParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden files of the bootstrap renderers, one folder per scenario. */
class BootstrapGoldenTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "dev-lane, dev-lane, , ",
    "hardened-transit, hardened-transit, , ",
    "bluegreen-green, dev-lane, r2, r1",
    "gateway-passthrough, gateway-passthrough, , ",
    "acme, acme, , ",
  })
  void rendersTheGoldenFiles(
      String scenario, String cluster, String revision, String blueRevision) {
    ClusterModel model = BootstrapScenarios.model(cluster);
    ConfigRevision configRevision =
        blueRevision != null
            ? ConfigRevision.green(revision, blueRevision)
            : new ConfigRevision(revision, null);

    BootstrapFiles files =
        BootstrapFiles.render(model, BootstrapScenarios.PLATFORM, configRevision, true);

    assertThat(
            BootstrapFiles.render(
                BootstrapScenarios.model(cluster),
                BootstrapScenarios.PLATFORM,
                configRevision,
                true))
        .as("the same input renders the same files")
        .isEqualTo(files);
    HclParser.parse(files.configTemplate());
    files.selfInit().ifPresent(HclParser::parse);
    Golden.assertMatches(scenario + "/config.hcl", files.configTemplate());
    assertThat(files.entrypoint())
        .as("one entrypoint for every cluster, pinned by entrypoint.sh")
        .isEqualTo(EntrypointRenderer.render());
    files
        .selfInit()
        .ifPresent(selfInit -> Golden.assertMatches(scenario + "/self-init.hcl", selfInit));
    if (files.selfInit().isEmpty() && !Boolean.getBoolean("golden.update")) {
      assertThat(Path.of("src/test/resources/golden", scenario, "self-init.hcl"))
          .as("a scenario without self-init has no self-init golden")
          .doesNotExist();
    }
    Golden.assertMatches(
        scenario + "/bootstrap-resources.yaml",
        Golden.yaml(
            BootstrapResourcesRenderer.render(
                model,
                configRevision,
                files,
                BootstrapScenarios.UNSEAL_KEY,
                BootstrapScenarios.CA_PEM)));
  }

  @Test
  void theEntrypointScriptIsTheSameForEveryCluster() {
    Golden.assertMatches("entrypoint.sh", EntrypointRenderer.render());
  }
}
