package org.baoflow.lane.sim.pod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs small scripts the way the runtime runs a container's command. */
class EntrypointTest {
  @TempDir Path root;

  private MountTable mounts;
  private Path scripts;
  private Path config;

  @BeforeEach
  void mount() throws Exception {
    scripts = Files.createDirectories(root.resolve("scripts"));
    config = Files.createDirectories(root.resolve("config"));
    mounts =
        new MountTable(
            List.of(
                new Mount("/etc/app", scripts, false, Optional.empty()),
                new Mount("/app/config", config, true, Optional.empty())),
            true);
  }

  private String run(String script, Map<String, String> env) throws Exception {
    Files.writeString(scripts.resolve("start.sh"), script);
    Container container =
        new ContainerBuilder()
            .withCommand("/bin/sh", "/etc/app/start.sh")
            .withArgs("$(MODE)")
            .build();
    Path run = Files.createDirectories(root.resolve("run"));
    return new Entrypoint(mounts, run, Duration.ofSeconds(10)).run(container, env);
  }

  @Test
  void theScriptRunsOnTheMountsAndHandsItsConfigToBaoServer() throws Exception {
    String path =
        run(
            """
            set -eu
            echo "mode=$1 name=$POD_NAME" > /app/config/config.hcl
            exec bao server -config=/app/config/config.hcl
            """,
            Map.of("POD_NAME", "p-0", "MODE", "fast"));

    assertThat(path).isEqualTo("/app/config/config.hcl");
    assertThat(Files.readString(config.resolve("config.hcl"))).isEqualTo("mode=fast name=p-0\n");
    assertThat(Files.readString(scripts.resolve("start.sh")))
        .as("the mounted script stays as written")
        .contains("/app/config/config.hcl");
  }

  @Test
  void aFailingScriptReportsItsExitCodeAndLastLineInContainerPaths() {
    assertThatThrownBy(
            () ->
                run(
                    """
                    echo "starting"
                    echo "cannot read /app/config/missing" >&2
                    exit 3
                    """,
                    Map.of()))
        .isInstanceOf(ContainerStartException.class)
        .hasMessage("the entrypoint exited with code 3: cannot read /app/config/missing");
  }

  @Test
  void aScriptThatNeverExecsBaoServerFails() {
    assertThatThrownBy(() -> run("echo done\n", Map.of()))
        .hasMessage("the entrypoint exited without starting bao server");
    assertThatThrownBy(() -> run("exec bao operator init\n", Map.of()))
        .hasMessageContaining("without the server command");
    assertThatThrownBy(() -> run("exec bao server -dev\n", Map.of()))
        .hasMessageContaining("-dev is not supported");
  }
}
