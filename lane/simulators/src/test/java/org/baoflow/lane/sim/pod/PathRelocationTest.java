package org.baoflow.lane.sim.pod;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PathRelocationTest {
  private final PathRelocation relocation =
      new PathRelocation(
          new MountTable(
              List.of(
                  mount("/etc/bao", "/h/etc"),
                  mount("/etc/bao/tls", "/h/tls"),
                  mount("/bao/config", "/tmp/h/config"),
                  mount("/tmp", "/h/tmp")),
              false));

  private static Mount mount(String path, String host) {
    return new Mount(path, Path.of(host), true, Optional.empty());
  }

  @Test
  void movesEachMountPathToItsHostDirectoryLongestFirst() {
    assertThat(relocation.relocate("template='/etc/bao/tls/ca.crt' x=/etc/bao/other"))
        .isEqualTo("template='/h/tls/ca.crt' x=/h/etc/other");
  }

  @Test
  void replacesInOnePassSoAHostPathIsNotMovedAgain() {
    // The host directory of /bao/config lies below /tmp, itself a mount path.
    assertThat(relocation.relocate("config='/bao/config/config.hcl'"))
        .isEqualTo("config='/tmp/h/config/config.hcl'");
  }

  @Test
  void leavesPathsThatOnlyStartOrEndLikeAMountAlone() {
    assertThat(relocation.relocate("/usr/tmp /tmpfiles /etc/bao-x a/etc/bao"))
        .isEqualTo("/usr/tmp /tmpfiles /etc/bao-x a/etc/bao");
  }

  @Test
  void relocatesAtTheStartAfterAnEqualsSignAndInFileUrls() {
    assertThat(relocation.relocate("/tmp -config=/bao/config file:///etc/bao/key \"/tmp\""))
        .isEqualTo("/h/tmp -config=/tmp/h/config file:///h/etc/key \"/h/tmp\"");
  }
}
