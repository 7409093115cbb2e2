package org.baoflow.lane.sim.bao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import org.baoflow.lane.sim.LaneTiming;
import org.baoflow.lane.sim.bao.seal.AesGcm;
import org.baoflow.lane.sim.bao.seal.Seal;
import org.baoflow.lane.sim.bao.seal.StaticKey;
import org.baoflow.lane.sim.bao.seal.StaticSeal;
import org.baoflow.lane.sim.node.NodeConfig;
import org.junit.jupiter.api.Test;

class SimNodeConfigTest {
  private static final String LISTENER =
      """
      listener "tcp" {
        address       = "[::]:8200"
        tls_cert_file = "/openbao/tls/tls.crt"
        tls_key_file  = "/openbao/tls/tls.key"
      }
      """;
  private static final String STORAGE =
      """
      storage "raft" {
        path    = "/openbao/data"
        node_id = "bao-1"
      }
      """;
  private static final String SEAL =
      """
      seal "static" {
        current_key_id = "k1"
        current_key    = "file:///openbao/unseal/key"
      }
      """;
  private static final String ADDRESSES =
      """
      api_addr     = "https://bao-1.bao-internal.ns.svc:8200"
      cluster_addr = "https://bao-1.bao-internal.ns.svc:8201"
      """;

  private final NodeEnvironment environment =
      NodeEnvironment.of(
          new BaoNetwork(),
          new MutableClock(Instant.parse("2026-11-22T10:00:00Z")),
          LaneTiming.fast());

  private static final Seal SEAL_KEY = StaticSeal.of(new StaticKey("k1", AesGcm.newKey()));

  private static JsonNode noNetwork(String url, String caPem) throws IOException {
    throw new IOException("no network: " + url);
  }

  @Test
  void theConfigGivesTheNodeItsIdAddressesAndSealType() {
    SimNode node =
        SimNode.of(
            NodeConfig.parse(ADDRESSES + LISTENER + STORAGE + SEAL),
            SEAL_KEY,
            new NodeStorage(),
            environment,
            SimNodeConfigTest::noNetwork);

    assertThat(node.identity())
        .isEqualTo(
            new NodeIdentity(
                "bao-1",
                "https://bao-1.bao-internal.ns.svc:8200",
                "bao-1.bao-internal.ns.svc:8201"));
    assertThat(node.sealType()).isEqualTo("static");
  }

  @Test
  void aShamirConfigOrAMissingAddressIsRefused() {
    assertThatThrownBy(
            () ->
                SimNode.of(
                    NodeConfig.parse(ADDRESSES + LISTENER + STORAGE),
                    SEAL_KEY,
                    new NodeStorage(),
                    environment,
                    SimNodeConfigTest::noNetwork))
        .hasMessageContaining("auto-unseal");
    assertThatThrownBy(
            () ->
                NodeIdentity.of(
                    NodeConfig.parse(
                        "api_addr = \"https://a:8200\"\n" + LISTENER + STORAGE + SEAL)))
        .hasMessage("cluster_addr is not set");
  }
}
