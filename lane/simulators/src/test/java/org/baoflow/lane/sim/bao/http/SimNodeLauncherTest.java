package org.baoflow.lane.sim.bao.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.baoflow.lane.sim.bao.HostJsonFetcher;
import org.baoflow.lane.sim.bao.LaunchedNode;
import org.baoflow.lane.sim.bao.NodeStartException;
import org.baoflow.lane.sim.bao.NodeStorage;
import org.baoflow.lane.sim.bao.SelfInitFailedException;
import org.baoflow.lane.sim.bao.SelfInitRunner;
import org.baoflow.lane.sim.bao.SimNode;
import org.baoflow.lane.sim.bao.SimNodeLauncher;
import org.baoflow.lane.sim.bao.TestNodeHost;
import org.baoflow.lane.sim.bao.http.NodeFixture.Response;
import org.baoflow.lane.sim.bao.logical.BaoRequest;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Capability;
import org.baoflow.lane.sim.bao.logical.Json;
import org.baoflow.lane.sim.bao.seal.AesGcm;
import org.baoflow.lane.sim.bao.storage.StorageEntry;
import org.baoflow.lane.sim.node.NodeConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimNodeLauncherTest {
  private static final byte[] KEY = AesGcm.newKey();
  private static final TestCertificates CERTIFICATES = NodeFixture.CERTIFICATES;
  private static final String CA_FILE = "/openbao/tls/ca.crt";

  private final NodeFixture lane = new NodeFixture();
  private final Map<String, Integer> names = new ConcurrentHashMap<>();
  private final List<LaunchedNode> launched = new ArrayList<>();
  private final AtomicReference<SelfInitRunner> runner =
      new AtomicReference<>((blocks, host, handler, token) -> {});
  private final SimNodeLauncher launcher =
      new SimNodeLauncher(lane.environment, (b, h, f, t) -> runner.get().run(b, h, f, t));

  @AfterEach
  void stop() {
    launched.forEach(node -> node.stop(Duration.ofSeconds(1)));
    lane.close();
  }

  private static String config(String nodeId, String raftExtra, String extra) {
    return """
        api_addr     = "https://%1$s.bao-internal:8200"
        cluster_addr = "https://%1$s.bao-internal:8201"
        listener "tcp" {
          address       = "[::]:8200"
          tls_cert_file = "/openbao/tls/tls.crt"
          tls_key_file  = "/openbao/tls/tls.key"
        }
        storage "raft" {
          path    = "/openbao/data"
          node_id = "%1$s"
          %2$s
        }
        seal "static" {
          current_key_id = "k1"
          current_key    = "file:///openbao/unseal/key"
        }
        %3$s
        """
        .formatted(nodeId, raftExtra, extra);
  }

  private TestNodeHost host() {
    TestNodeHost host =
        new TestNodeHost(names)
            .file("/openbao/tls/tls.crt", CERTIFICATES.serverCertificatePem())
            .file("/openbao/tls/tls.key", CERTIFICATES.serverKeyPem())
            .file(CA_FILE, CERTIFICATES.caPem())
            .file("/openbao/unseal/key", HexFormat.of().formatHex(KEY));
    host.writable.add("/openbao/data");
    return host;
  }

  private LaunchedNode launch(String nodeId, String config, TestNodeHost host, NodeStorage data) {
    LaunchedNode node = launcher.launch(NodeConfig.parse(config), host, data);
    launched.add(node);
    names.put(nodeId + ".bao-internal", node.port());
    return node;
  }

  private Response get(LaunchedNode node, String path, String... headers) {
    return lane.send(node.port(), "GET", path, null, headers);
  }

  private static final String INITIALIZE =
      """
      initialize "operator" {
        request "policy" {
          operation = "update"
          path      = "sys/policies/acl/operator"
          data      = { policy = "path \\"sys/*\\" { capabilities = [\\"read\\"] }" }
        }
      }
      """;

  @Test
  void aNodeStartsFromItsConfigWithFilesReadThroughItsContainer() {
    LaunchedNode node = launch("bao-0", config("bao-0", "", ""), host(), new NodeStorage());

    Response health = get(node, "sys/health");
    assertThat(health.status()).isEqualTo(501);
    assertThat(health.json().get("version").asText()).isEqualTo("2.4.4");
    assertThat(lane.send(node.port(), "POST", "sys/init", "{}").status()).isEqualTo(200);
    assertThat(get(node, "sys/seal-status").json().get("type").asText()).isEqualTo("static");
    assertThat(node.exitCode()).isEmpty();
  }

  @Test
  void staticKeysComeFromEnvironmentVariablesOrRawFilesToo() {
    TestNodeHost fromEnv = host();
    fromEnv.env.put("UNSEAL_KEY", Base64.getEncoder().encodeToString(KEY));
    fromEnv.image = "quay.io/openbao/openbao:2.6.0@sha256:0123";
    LaunchedNode envNode =
        launch(
            "bao-0",
            config("bao-0", "", "").replace("file:///openbao/unseal/key", "env://UNSEAL_KEY"),
            fromEnv,
            new NodeStorage());
    assertThat(get(envNode, "sys/health").json().get("version").asText()).isEqualTo("2.6.0");
    NodeStorage data = new NodeStorage();
    TestNodeHost raw = host();
    raw.files.put("/openbao/unseal/key", KEY.clone());
    LaunchedNode rawNode = launch("bao-1", config("bao-1", "", ""), raw, data);
    lane.send(rawNode.port(), "POST", "sys/init", "{}");
    rawNode.stop(Duration.ofSeconds(1));

    // The hex key of host() is the same key: the restarted node unseals the stored root key.
    LaunchedNode hexNode = launch("bao-1", config("bao-1", "", ""), host(), data);
    assertThat(get(hexNode, "sys/health").json().get("sealed").asBoolean()).isFalse();
  }

  @Test
  void aNodeRefusesToStartAsOpenBaoWould() {
    TestNodeHost noCertificate = host();
    noCertificate.files.remove("/openbao/tls/tls.crt");
    assertThatThrownBy(
            () -> launch("bao-0", config("bao-0", "", ""), noCertificate, new NodeStorage()))
        .isInstanceOf(NodeStartException.class)
        .hasMessage(
            "error loading TLS configuration: open /openbao/tls/tls.crt: no such file or directory");

    TestNodeHost readOnly = host();
    readOnly.writable.clear();
    assertThatThrownBy(() -> launch("bao-0", config("bao-0", "", ""), readOnly, new NodeStorage()))
        .isInstanceOf(NodeStartException.class)
        .hasMessageEndingWith("read-only file system");

    TestNodeHost noKey = host();
    noKey.files.remove("/openbao/unseal/key");
    assertThatThrownBy(() -> launch("bao-0", config("bao-0", "", ""), noKey, new NodeStorage()))
        .isInstanceOf(NodeStartException.class)
        .hasMessageContaining("open /openbao/unseal/key: no such file or directory");

    assertThatThrownBy(
            () ->
                launch(
                    "bao-0",
                    config("bao-0", "", "").replaceFirst("cluster_addr.*\n", ""),
                    host(),
                    new NodeStorage()))
        .isInstanceOf(NodeStartException.class)
        .hasMessage("cluster_addr is not set");

    assertThatThrownBy(
            () ->
                launch(
                    "bao-0",
                    config("bao-0", "", "").replace("file:///openbao/unseal/key", "env://MISSING"),
                    host(),
                    new NodeStorage()))
        .isInstanceOf(NodeStartException.class)
        .hasMessageContaining("MISSING");
  }

  @Test
  void retryJoinJoinsOnlyLeadersWhoseCertificatePassesTheCheck() {
    LaunchedNode leader = launch("bao-0", config("bao-0", "", ""), host(), new NodeStorage());
    lane.send(leader.port(), "POST", "sys/init", "{}");
    String join =
        """
        retry_join {
          leader_api_addr     = "https://bao-0.bao-internal:8200"
          leader_ca_cert_file = "%s"
        }
        """
            .formatted(CA_FILE);
    LaunchedNode follower = launch("bao-1", config("bao-1", join, ""), host(), new NodeStorage());
    TestNodeHost discovering = host();
    discovering.discovered.add(URI.create("https://10.0.0.5:" + leader.port()));
    LaunchedNode discovered =
        launch(
            "bao-2",
            config(
                "bao-2",
                """
                retry_join {
                  auto_join             = "provider=k8s label_selector=\\"app=bao\\""
                  leader_tls_servername = "bao-0.bao-internal"
                  leader_ca_cert_file   = "%s"
                }
                """
                    .formatted(CA_FILE),
                ""),
            discovering,
            new NodeStorage());
    TestNodeHost otherCa = host().file(CA_FILE, TestCertificates.issue().caPem());
    LaunchedNode untrusting =
        launch("bao-3", config("bao-3", join, ""), otherCa, new NodeStorage());

    awaitTrue(() -> get(follower, "sys/health").status() == 429);
    awaitTrue(() -> get(discovered, "sys/health").status() == 429);
    sleep(lane.environment.timing().retryJoin().multipliedBy(5));
    assertThat(get(untrusting, "sys/health").status()).isEqualTo(501);
  }

  @Test
  void selfInitRunsTheStanzasWithATransientRootTokenThenRevokesItFrom26() {
    AtomicReference<Function<BaoRequest, BaoResponse>> handler = new AtomicReference<>();
    AtomicReference<String> rootToken = new AtomicReference<>();
    runner.set(
        (blocks, host, requests, token) -> {
          assertThat(blocks).extracting(block -> block.name()).containsExactly("operator");
          handler.set(requests);
          rootToken.set(token);
          BaoResponse policy =
              requests.apply(
                  new BaoRequest(
                      Capability.UPDATE,
                      "sys/policies/acl/operator",
                      token,
                      Json.MAPPER.createObjectNode().put("policy", "path \"sys/*\" {}")));
          if (policy.status() != 204) {
            throw new SelfInitFailedException("policy request failed: " + policy.status());
          }
        });
    TestNodeHost host = host();
    host.image = "quay.io/openbao/openbao:2.6.2";
    NodeStorage data = new NodeStorage();
    LaunchedNode node = launch("bao-0", config("bao-0", "", INITIALIZE), host, data);

    awaitTrue(() -> get(node, "sys/health").status() == 200);
    awaitTrue(() -> markerGone(data));
    assertThat(node.exitCode()).isEmpty();
    assertThat(
            handler
                .get()
                .apply(
                    new BaoRequest(
                        Capability.READ, "auth/token/lookup-self", rootToken.get(), null))
                .status())
        .isEqualTo(403);
  }

  private static boolean markerGone(NodeStorage data) {
    return data.cluster().orElseThrow().storage().entries().stream()
        .map(StorageEntry::key)
        .noneMatch(SimNode.SELF_INIT_MARKER::equals);
  }

  @Test
  void aFailedSelfInitExitsAndLeavesAMarkerThatStopsLaterStarts() {
    runner.set(
        (blocks, host, requests, token) -> {
          throw new SelfInitFailedException("request \"policy\" failed");
        });
    NodeStorage data = new NodeStorage();
    LaunchedNode failed = launch("bao-0", config("bao-0", "", INITIALIZE), host(), data);

    awaitTrue(() -> failed.exitCode().isPresent());
    assertThat(failed.exitCode()).hasValue(1);
    assertThat(markerGone(data)).isFalse();

    runner.set(
        (blocks, host, requests, token) -> {
          throw new AssertionError("self-init must not run on an initialized storage");
        });
    LaunchedNode again = launch("bao-0", config("bao-0", "", INITIALIZE), host(), data);
    assertThat(again.exitCode()).hasValue(1);
  }

  @Test
  void withNoReachableLeaderANodeWithStanzasInitializesItself() {
    String join =
        """
        retry_join {
          leader_api_addr = "https://nowhere.bao-internal:8200"
        }
        """;
    LaunchedNode node =
        launch("bao-0", config("bao-0", join, INITIALIZE), host(), new NodeStorage());

    awaitTrue(() -> get(node, "sys/health").status() == 200);
  }

  @Test
  void theNodesJwtFetcherDialsTheResolvedAddressAndChecksTheCertificate() throws IOException {
    LaunchedNode node = launch("bao-0", config("bao-0", "", ""), host(), new NodeStorage());
    names.put("elsewhere.example", node.port());
    HostJsonFetcher fetcher = new HostJsonFetcher(host());

    JsonNode health =
        fetcher.fetch("https://bao-0.bao-internal:8200/v1/sys/init", CERTIFICATES.caPem());
    assertThat(health.get("initialized").asBoolean()).isFalse();
    String otherCa = TestCertificates.issue().caPem();
    assertThatThrownBy(() -> fetcher.fetch("https://bao-0.bao-internal:8200/v1/sys/init", otherCa))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(
            () -> fetcher.fetch("https://elsewhere.example:8200/v1/sys/init", CERTIFICATES.caPem()))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(
            () -> fetcher.fetch("https://unknown.example/v1/sys/init", CERTIFICATES.caPem()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no such host");
  }

  private static void awaitTrue(BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition within 10 s").isLessThan(deadline);
      sleep(Duration.ofMillis(20));
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
