package org.baoflow.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BaoFlowWorkerMainTest {
  private final StringWriter err = new StringWriter();

  private CommandLine commandLine(Map<String, String> environment) {
    BaoFlowWorkerMain main =
        new BaoFlowWorkerMain(
            environment,
            () -> {
              throw new AssertionError("an invalid configuration must stop before composing");
            });
    CommandLine commandLine = new CommandLine(main);
    commandLine.setErr(new PrintWriter(err));
    return commandLine;
  }

  @Test
  void anInvalidConfigurationExitsWithTwoAndNamesTheVariable() {
    int exit = commandLine(Map.of("BAOFLOW_HTTP_PORT", "eighty")).execute();

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .contains("BAOFLOW_HTTP_PORT must be a port number from 0 to 65535, got 'eighty'");
  }

  @Test
  void anOptionOverridesItsVariable() {
    int exit =
        commandLine(Map.of("BAOFLOW_HTTP_PORT", "8080", "TEMPORAL_ADDRESS", "temporal:7233"))
            .execute("--http-port", "-1", "--temporal-address", "not an address");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .contains("BAOFLOW_HTTP_PORT must be a port number from 0 to 65535, got '-1'")
        .contains("TEMPORAL_ADDRESS must be host:port");
  }

  @Test
  void optionsReplaceOnlyTheVariablesTheyName() {
    BaoFlowWorkerMain main =
        new BaoFlowWorkerMain(Map.of("BAOFLOW_TASK_QUEUE", "q1", "OTHER", "x"), () -> null);
    new CommandLine(main).parseArgs("--task-queue", "q2", "--namespace", "prod");

    assertThat(main.withOptions())
        .containsEntry("BAOFLOW_TASK_QUEUE", "q2")
        .containsEntry("TEMPORAL_NAMESPACE", "prod")
        .containsEntry("OTHER", "x")
        .doesNotContainKey("TEMPORAL_ADDRESS");
  }
}
