package org.baoflow.lane.sim.pod;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MountTableTest {
  private static final Path ROOT = Path.of("/host/pod");

  private final MountTable table =
      new MountTable(
          List.of(
              mount("/etc/bao", "etc", false),
              mount("/etc/bao/tls", "tls", false),
              mount("/bao/data", "data", true),
              mount("/tmp", "tmp", true)),
          true);

  private static Mount mount(String path, String dir, boolean writable) {
    return new Mount(path, ROOT.resolve(dir), writable, Optional.empty());
  }

  @Test
  void theLongestCoveringMountWins() {
    assertThat(table.hostPath("/etc/bao/tls/tls.crt")).contains(ROOT.resolve("tls/tls.crt"));
    assertThat(table.hostPath("/etc/bao/config.hcl")).contains(ROOT.resolve("etc/config.hcl"));
    assertThat(table.hostPath("/etc/bao")).contains(ROOT.resolve("etc"));
  }

  @Test
  void aMountCoversOnlyWholePathSegments() {
    assertThat(table.hostPath("/etc/bao-other/x")).isEmpty();
    assertThat(table.hostPath("/tmpfiles")).isEmpty();
  }

  @Test
  void dotDotCannotLeaveTheMount() {
    assertThat(table.hostPath("/etc/bao/tls/../../passwd")).isEmpty();
    assertThat(table.hostPath("/bao/data/../data/raft.db")).contains(ROOT.resolve("data/raft.db"));
  }

  @Test
  void onlyWritableVolumesAreWritableUnderAReadOnlyRoot() {
    assertThat(table.writable("/bao/data/raft")).isTrue();
    assertThat(table.writable("/etc/bao/tls")).isFalse();
    assertThat(table.writable("/var/lib")).isFalse();
    assertThat(new MountTable(List.of(), false).writable("/var/lib")).isTrue();
  }

  @Test
  void mapsHostPathsBackToTheContainer() {
    assertThat(table.containerPath(ROOT.resolve("tls/ca.crt"))).contains("/etc/bao/tls/ca.crt");
    assertThat(table.containerPath(ROOT.resolve("data"))).contains("/bao/data");
    assertThat(table.containerPath(Path.of("/elsewhere/x"))).isEmpty();
  }
}
