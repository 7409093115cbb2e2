package org.baoflow.lane.sim.bao.selfinit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.baoflow.lane.sim.node.InitializeBlock;
import org.baoflow.lane.sim.node.NodeConfig;

/** Initialize stanzas parsed as the node parses them: inside a complete config.hcl. */
final class Stanzas {

  static final Path GOLDEN =
      Path.of("../../activities/src/test/resources/golden/dev-lane/self-init.hcl");

  static final String CA_PATH = "/var/run/secrets/kubernetes.io/serviceaccount/ca.crt";

  private static final String CONFIG =
      """
      listener "tcp" {
        address = "[::]:8200"
        tls_disable = true
      }
      storage "raft" {
        path    = "/bao/data"
        node_id = "node-0"
      }
      seal "static" {
        current_key_id = "k1"
        current_key    = "file:///etc/bao/unseal/key"
      }
      """;

  private Stanzas() {}

  static List<InitializeBlock> parse(String stanzas) {
    return NodeConfig.parse(CONFIG + stanzas).initialize();
  }

  static String golden() throws IOException {
    return Files.readString(GOLDEN);
  }
}
