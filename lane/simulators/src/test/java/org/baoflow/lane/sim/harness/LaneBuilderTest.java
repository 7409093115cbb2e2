package org.baoflow.lane.sim.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the lane builder checks before it starts anything. */
class LaneBuilderTest {

  @Test
  void refusesAClusterNameGivenTwice() {
    assertThatThrownBy(() -> Lane.builder().clusters("a", "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a");
  }

  @Test
  void findsTheCrdsOfTheRepositoryFromAModuleDirectory() {
    Path crds = CrdDirectory.findFrom(Path.of(""));

    assertThat(crds).endsWith(Path.of("deploy", "crds"));
    assertThat(crds.resolve("..").resolve("..").resolve("pom.xml")).exists();
  }

  @Test
  void namesTheDirectoryWhenNoParentHasCrds(@TempDir Path empty) throws Exception {
    Path nested = Files.createDirectories(empty.resolve("a/b"));

    assertThatThrownBy(() -> CrdDirectory.findFrom(nested))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("deploy");
  }
}
