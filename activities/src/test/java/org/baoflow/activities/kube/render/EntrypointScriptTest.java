package org.baoflow.activities.kube.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.baoflow.lane.sim.hcl.HclBody;
import org.baoflow.lane.sim.hcl.HclParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the rendered entrypoint with {@code /bin/sh} and a fake {@code bao} that prints its
 * arguments and the config file it was given. Only this test moves the script's paths into a
 * temporary directory.
 */
class EntrypointScriptTest {
  private static final String FAKE_BAO =
      """
      #!/bin/sh
      printf 'bao'
      printf ' %s' "$@"
      printf '\\n'
      for arg in "$@"; do
        case "$arg" in
          -config=*) cat "${arg#-config=}" ;;
        esac
      done
      """;

  @TempDir Path root;

  private Path script;
  private Path selfInit;
  private Path config;
  private String template;
  private String stanzas;

  @BeforeEach
  void layOutThePod() throws IOException {
    ClusterModel model = BootstrapScenarios.model("dev-lane");
    BootstrapFiles files =
        BootstrapFiles.render(
            model, BootstrapScenarios.PLATFORM, ConfigRevision.unrevisioned(), true);
    template = files.configTemplate();
    stanzas = files.selfInit().orElseThrow();

    Path templateFile = write("etc/bao/config-template/config.hcl", template);
    selfInit = write("etc/bao/self-init/self-init.hcl", stanzas);
    config = root.resolve("bao/config/config.hcl");
    String relocated =
        files
            .entrypoint()
            .replace(
                quoted(PodLayout.CONFIG_TEMPLATE_DIR + "/" + PodLayout.CONFIG_TEMPLATE_KEY),
                quoted(templateFile.toString()))
            .replace(
                quoted(PodLayout.SELF_INIT_DIR + "/" + PodLayout.SELF_INIT_KEY),
                quoted(selfInit.toString()))
            .replace(quoted(PodLayout.CONFIG_DIR), quoted(config.getParent().toString()))
            .replace(quoted(PodLayout.CONFIG_FILE), quoted(config.toString()));
    assertThat(relocated).doesNotContain("'/etc/bao", "'/bao/");
    script = write("entrypoint.sh", relocated);
    Path bao = write("bin/bao", FAKE_BAO);
    Files.setPosixFilePermissions(bao, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @Test
  void ordinalZeroGetsItsIdentityAndTheSelfInitStanzas() throws Exception {
    Result result = run(Map.of("POD_NAME", "dev-0", "POD_NAMESPACE", "openbao"));

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    String expectedConfig =
        template.replace("%POD_NAME%", "dev-0").replace("%POD_NAMESPACE%", "openbao")
            + "\n"
            + stanzas;
    assertThat(result.stdout()).isEqualTo("bao server -config=" + config + "\n" + expectedConfig);
    assertThat(Files.readString(config)).isEqualTo(expectedConfig);
    HclBody parsed = HclParser.parse(expectedConfig);
    assertThat(parsed.string("api_addr")).isEqualTo("https://dev-0.dev.openbao.svc:8200");
    assertThat(parsed.string("cluster_addr")).isEqualTo("https://dev-0.dev.openbao.svc:8201");
    assertThat(parsed.block("storage", "raft").string("node_id")).isEqualTo("dev-0");
    assertThat(parsed.blocks("initialize")).isNotEmpty();
    assertThat(expectedConfig).doesNotContain("%POD_");
  }

  @Test
  void otherOrdinalsNeverGetTheSelfInitStanzas() throws Exception {
    for (String pod : new String[] {"dev-1", "dev-10", "dev-r2-1"}) {
      Result result = run(Map.of("POD_NAME", pod, "POD_NAMESPACE", "openbao"));

      assertThat(result.exitCode()).as(result.stderr()).isZero();
      assertThat(result.stdout())
          .startsWith("bao server -config=" + config + "\n")
          .contains("node_id = \"" + pod + "\"")
          .doesNotContain("initialize");
    }
  }

  @Test
  void ordinalZeroWithoutMountedStanzasStartsWithoutThem() throws Exception {
    Files.delete(selfInit);

    Result result = run(Map.of("POD_NAME", "dev-r2-0", "POD_NAMESPACE", "openbao"));

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThat(result.stdout()).contains("node_id = \"dev-r2-0\"").doesNotContain("initialize");
  }

  @Test
  void aRestartRewritesTheConfigInsteadOfAppendingTwice() throws Exception {
    run(Map.of("POD_NAME", "dev-0", "POD_NAMESPACE", "openbao"));
    run(Map.of("POD_NAME", "dev-0", "POD_NAMESPACE", "openbao"));

    assertThat(Files.readString(config).split("initialize \"baoflow-bootstrap\"", -1)).hasSize(2);
  }

  @Test
  void failsClearlyWithoutThePodIdentity() throws Exception {
    Result noName = run(Map.of("POD_NAMESPACE", "openbao"));
    Result noNamespace = run(Map.of("POD_NAME", "dev-0"));

    assertThat(noName.exitCode()).isEqualTo(1);
    assertThat(noName.stderr()).contains("POD_NAME is not set");
    assertThat(noName.stdout()).isEmpty();
    assertThat(noNamespace.exitCode()).isEqualTo(1);
    assertThat(noNamespace.stderr()).contains("POD_NAMESPACE is not set");
    assertThat(noNamespace.stdout()).isEmpty();
    assertThat(config).doesNotExist();
  }

  @Test
  void refusesAnIdentityThatIsNotADnsName() throws Exception {
    for (String pod : new String[] {"dev-0/x", "a&b", "Dev-0", "x\\1"}) {
      Result result = run(Map.of("POD_NAME", pod, "POD_NAMESPACE", "openbao"));

      assertThat(result.exitCode()).as(pod).isEqualTo(1);
      assertThat(result.stderr()).contains("DNS-1123");
      assertThat(result.stdout()).isEmpty();
    }
  }

  private Result run(Map<String, String> env) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("/bin/sh", script.toString());
    builder.environment().clear();
    builder.environment().put("PATH", root.resolve("bin") + ":/usr/bin:/bin");
    builder.environment().putAll(env);
    builder.redirectOutput(root.resolve("stdout").toFile());
    builder.redirectError(root.resolve("stderr").toFile());
    Process process = builder.start();
    assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("the script finished").isTrue();
    return new Result(
        process.exitValue(),
        Files.readString(root.resolve("stdout"), StandardCharsets.UTF_8),
        Files.readString(root.resolve("stderr"), StandardCharsets.UTF_8));
  }

  private Path write(String relative, String content) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  private static String quoted(String path) {
    return "'" + path + "'";
  }

  private record Result(int exitCode, String stdout, String stderr) {}
}
