package org.baoflow.lane.sim.bao.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.baoflow.lane.sim.LaneTiming;
import org.baoflow.lane.sim.bao.BaoNetwork;
import org.baoflow.lane.sim.bao.NodeEnvironment;
import org.baoflow.lane.sim.bao.NodeIdentity;
import org.baoflow.lane.sim.bao.NodeStorage;
import org.baoflow.lane.sim.bao.SimNode;
import org.baoflow.lane.sim.bao.http.BaoServer;
import org.baoflow.lane.sim.bao.seal.AesGcm;
import org.baoflow.lane.sim.bao.seal.Seal;
import org.baoflow.lane.sim.bao.seal.StaticKey;
import org.baoflow.lane.sim.bao.seal.StaticSeal;
import org.baoflow.lane.sim.tls.LaneCertificateAuthority;
import org.baoflow.lane.sim.tls.PemPair;
import org.baoflow.lane.sim.tls.TlsContexts;

/**
 * The one place the contract tests build simulated nodes: {@code dev-0} (and {@code dev-1} for a
 * standby) of a static-seal cluster, served over HTTPS by {@link BaoServer}, brought into the state
 * a contract file names through the API itself, with a client that trusts exactly their
 * certificate. It also says which contract files the simulator serves today.
 */
final class ContractNode implements AutoCloseable {

  /** Contract files whose endpoints the simulator serves; each is checked against it. */
  static final List<String> SERVED =
      List.of(
          "sys-init-get.json",
          "sys-init-put-auto-unseal.json",
          "sys-init-put-recovery-keys.json",
          "sys-init-put-barrier-parameters.json",
          "sys-init-put-already-initialized.json",
          "seal-status-active.json",
          "seal-status-uninitialized.json",
          "seal-status-sealed.json",
          "health-active.json",
          "health-active-code-override.json",
          "health-standby.json",
          "health-standby-ok.json",
          "health-standby-perfstandbyok-ignored.json",
          "health-sealed.json",
          "health-uninitialized.json",
          "health-bad-query.json",
          "health-head-standby.json",
          "leader-active.json",
          "leader-standby.json",
          "leader-sealed.json",
          "step-down.json",
          "step-down-without-token.json",
          "seal.json",
          "unseal-reset.json",
          "unseal-reset-unsealed.json",
          "unseal-without-key.json",
          "raft-configuration.json",
          "raft-configuration-without-token.json",
          "raft-join-initialized.json",
          "raft-join-bad-scheme.json",
          "raft-remove-peer-without-id.json",
          "autopilot-state.json",
          "autopilot-configuration.json",
          "autopilot-configuration-update.json",
          "autopilot-configuration-update-invalid.json",
          "error-unknown-path.json",
          "error-method-not-allowed.json",
          "error-namespace-on-root-api.json",
          "sys-auth-list.json",
          "policies-acl-read.json",
          "policies-acl-list.json",
          "policies-acl-read-unknown.json",
          "token-lookup-self-root.json",
          "token-lookup-self-without-token.json");

  /** Contract files for endpoints the simulator does not serve yet; none today. */
  static final List<String> AWAITING = List.of();

  private static final String DOMAIN = ".dev-internal.openbao.svc";
  private static final Tls TLS = Tls.selfSigned();

  private final NodeEnvironment environment =
      NodeEnvironment.of(new BaoNetwork(), Clock.systemUTC(), LaneTiming.fast());
  private final HttpClient client =
      HttpClient.newBuilder()
          .sslContext(TLS.clientContext())
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final List<BaoServer> servers = new ArrayList<>();
  private URI target;
  private String rootToken;

  /** A server's answer. */
  record Answer(HttpResponse<String> raw) {
    int status() {
      return raw.statusCode();
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    JsonNode json() {
      try {
        return raw.body().isEmpty() ? null : ContractExample.MAPPER.readTree(raw.body());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Nodes in {@code state}; requests go to {@code dev-0}, or to {@code dev-1} as a standby. */
  static ContractNode in(String state) {
    ContractNode lane = new ContractNode();
    try {
      URI first = lane.startNode("dev-0");
      lane.target = first;
      switch (state) {
        case "uninitialized" -> {}
        case "active" -> lane.initialize(first);
        case "sealed" -> {
          lane.initialize(first);
          lane.expect(lane.send(first, "PUT", "sys/seal", null, true), 204);
        }
        case "standby" -> {
          lane.initialize(first);
          URI second = lane.startNode("dev-1");
          lane.expect(
              lane.send(
                  second,
                  "POST",
                  "sys/storage/raft/join",
                  "{\"leader_api_addr\":\"" + apiAddress("dev-0") + "\"}",
                  false),
              200);
          lane.target = second;
        }
        default -> throw new IllegalArgumentException("unknown state " + state);
      }
      return lane;
    } catch (RuntimeException e) {
      lane.close();
      throw e;
    }
  }

  /** Sends the example's request to the node under test. */
  Answer send(ContractExample example) {
    String pathAndQuery = example.path() + (example.query() == null ? "" : "?" + example.query());
    HttpRequest.Builder request =
        request(
            target,
            example.method(),
            pathAndQuery,
            example.body() == null ? null : example.body().toString(),
            example.token());
    example.headers().forEach(request::header);
    return exchange(request);
  }

  /** One static seal for every node of the contract cluster, so standbys unseal as members. */
  private static final Seal SEAL = StaticSeal.of(new StaticKey("contract-1", AesGcm.newKey()));

  private URI startNode(String nodeId) {
    SimNode node =
        new SimNode(
            new NodeIdentity(nodeId, apiAddress(nodeId), nodeId + DOMAIN + ":8201"),
            SEAL,
            new NodeStorage(),
            environment,
            (url, caPem) -> {
              throw new IOException("the contract nodes fetch nothing");
            });
    node.start();
    BaoServer server = BaoServer.start(node, TLS.certificatePem(), TLS.keyPem());
    servers.add(server);
    return server.uri();
  }

  private static String apiAddress(String nodeId) {
    return "https://" + nodeId + DOMAIN + ":8200";
  }

  private void initialize(URI node) {
    Answer init = expect(send(node, "PUT", "sys/init", "{\"recovery_shares\":0}", false), 200);
    rootToken = init.json().get("root_token").asText();
  }

  private Answer send(URI node, String method, String path, String json, boolean token) {
    return exchange(request(node, method, path, json, token));
  }

  private HttpRequest.Builder request(
      URI node, String method, String pathAndQuery, String json, boolean token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(node + "/v1/" + pathAndQuery))
            .timeout(Duration.ofSeconds(10))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (token) {
      request.header("X-Vault-Token", rootToken);
    }
    return request;
  }

  private Answer exchange(HttpRequest.Builder request) {
    try {
      return new Answer(client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Answer expect(Answer answer, int status) {
    if (answer.status() != status) {
      throw new IllegalStateException(
          "setting up the node: expected " + status + ", got " + answer.status());
    }
    return answer;
  }

  @Override
  public void close() {
    servers.forEach(BaoServer::close);
  }

  /** A certificate for 127.0.0.1 and the pods' names from a lane CA, and a client trusting it. */
  private record Tls(String certificatePem, String keyPem, SSLContext clientContext) {

    static Tls selfSigned() {
      LaneCertificateAuthority ca = LaneCertificateAuthority.create("contract CA");
      PemPair server = ca.issueServer(List.of("127.0.0.1", "dev-0" + DOMAIN, "dev-1" + DOMAIN));
      try {
        return new Tls(
            server.certificateChainPem(),
            server.privateKeyPem(),
            TlsContexts.trusting(ca.certificatePem()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
