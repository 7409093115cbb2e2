package org.baoflow.lane.sim.bao.transit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.baoflow.lane.sim.bao.NodeStartException;
import org.baoflow.lane.sim.bao.TestNodeHost;
import org.baoflow.lane.sim.bao.seal.Seal;
import org.baoflow.lane.sim.bao.seal.SealMismatchException;
import org.baoflow.lane.sim.bao.seal.SealedBlob;
import org.baoflow.lane.sim.bao.seal.TransitKeyName;
import org.baoflow.lane.sim.bao.seal.TransitKeyRing;
import org.baoflow.lane.sim.bao.seal.TransitSeal;
import org.baoflow.lane.sim.node.NodeConfig;
import org.baoflow.lane.sim.node.SealConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Transit seals opened from a node's stanza, talking HTTPS to a separate infra server. */
class TransitSealOpenerTest {

  private static final String HOST = "transit.infra.svc";
  private static final String CA_FILE = "/bao/transit/ca.crt";
  private static final byte[] ROOT_KEY = "the node's root key".getBytes(StandardCharsets.UTF_8);

  private final TransitKeyRing ring = new TransitKeyRing();
  private final TransitInfra infra = TransitInfra.start(HOST, ring);
  private final TransitSealOpener opener = new TransitSealOpener();

  @AfterEach
  void stop() {
    infra.close();
  }

  /** A pod that resolves the infra host and mounts its CA. */
  private TestNodeHost pod() {
    return new TestNodeHost()
        .route(HOST, TransitInfra.PORT, infra.socket())
        .file(CA_FILE, infra.caPem());
  }

  private static SealConfig stanza(String body) {
    return seal("transit", body);
  }

  private static SealConfig seal(String type, String body) {
    String hcl =
        "storage \"raft\" {\n  path = \"/bao/data\"\n}\n"
            + "listener \"tcp\" {\n  address = \"0.0.0.0:8200\"\n  tls_disable = true\n}\n"
            + "seal \""
            + type
            + "\" {\n"
            + body
            + "}\n";
    return NodeConfig.parse(hcl).seal().orElseThrow();
  }

  private static SealConfig stanza(String token, String keyName) {
    return stanza(
        "  address = \"https://"
            + HOST
            + ":8200\"\n  token = \""
            + token
            + "\"\n  key_name = \""
            + keyName
            + "\"\n  mount_path = \"transit/\"\n  tls_ca_cert = \""
            + CA_FILE
            + "\"\n");
  }

  private Seal openFor(String keyName) {
    infra.createKey("transit", keyName);
    return opener.open(stanza(infra.issueToken("transit", keyName), keyName), pod());
  }

  /** No exception in the chain, nor its text, carries the token. */
  private static void assertNoToken(Throwable error, String token) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      assertThat(String.valueOf(cause.getMessage())).doesNotContain(token);
      assertThat(cause.toString()).doesNotContain(token);
    }
  }

  @Test
  void wrapAndUnwrapGoThroughTheInfrasEncryptAndDecrypt() {
    Seal seal = openFor("autounseal");

    byte[] blob = seal.wrap(ROOT_KEY);

    SealedBlob sealed = SealedBlob.decode(blob);
    assertThat(sealed.keyId()).isEqualTo("https://transit.infra.svc:8200/transit/autounseal");
    assertThat(new String(sealed.ciphertext(), StandardCharsets.US_ASCII)).startsWith("vault:v1:");
    assertThat(seal.unwrap(blob)).isEqualTo(ROOT_KEY);
    assertThat(seal.identity().type()).isEqualTo("transit");
  }

  @Test
  void rotationWrapsWithTheNewVersionAndKeepsOldBlobsReadable() {
    Seal seal = openFor("autounseal");
    byte[] before = seal.wrap(ROOT_KEY);

    assertThat(infra.rotateKey("transit", "autounseal")).isEqualTo(2);
    byte[] after = seal.wrap(ROOT_KEY);

    assertThat(new String(SealedBlob.decode(after).ciphertext(), StandardCharsets.US_ASCII))
        .startsWith("vault:v2:");
    assertThat(seal.unwrap(before)).isEqualTo(ROOT_KEY);
    assertThat(seal.unwrap(after)).isEqualTo(ROOT_KEY);
  }

  @Test
  void twoClustersWithTheirOwnTokensOnTheSameKeyOpenEachOthersBlobs() {
    Seal first = openFor("autounseal");
    Seal second =
        opener.open(stanza(infra.issueToken("transit", "autounseal"), "autounseal"), pod());

    assertThat(second.unwrap(first.wrap(ROOT_KEY))).isEqualTo(ROOT_KEY);
    assertThat(first.unwrap(second.wrap(ROOT_KEY))).isEqualTo(ROOT_KEY);
    assertThat(second.identity()).isEqualTo(first.identity());
  }

  @Test
  void theInProcessSealOnTheSameRingAndAddressReadsTheSameBlobs() {
    Seal remote = openFor("autounseal");
    TransitKeyName name = infra.createKey("transit", "autounseal");
    TransitSeal inProcess = new TransitSeal(ring, name, ring.issueToken(name));

    assertThat(inProcess.unwrap(remote.wrap(ROOT_KEY))).isEqualTo(ROOT_KEY);
    assertThat(remote.unwrap(inProcess.wrap(ROOT_KEY))).isEqualTo(ROOT_KEY);
    assertThat(remote.identity()).isEqualTo(inProcess.identity());
  }

  @Test
  void anotherKeyNameCannotUnwrap() {
    byte[] blob = openFor("autounseal").wrap(ROOT_KEY);
    Seal other = openFor("other");

    assertThatThrownBy(() -> other.unwrap(blob))
        .isInstanceOf(SealMismatchException.class)
        .hasMessageContaining("transit/autounseal");
  }

  @Test
  void aCiphertextOfAnotherKeyRelabelledAsOursIsRefusedByTheServer() {
    Seal seal = openFor("autounseal");
    SealedBlob foreign = SealedBlob.decode(openFor("other").wrap(ROOT_KEY));
    byte[] forged =
        new SealedBlob(SealedBlob.decode(seal.wrap(ROOT_KEY)).keyId(), foreign.ciphertext())
            .encode();

    assertThatThrownBy(() -> seal.unwrap(forged))
        .isInstanceOf(SealMismatchException.class)
        .hasMessageContaining("message authentication failed");
  }

  @Test
  void aWrongTokenStopsTheNodeWithPermissionDeniedAndNoToken() {
    infra.createKey("transit", "autounseal");
    String wrong = infra.issueToken("transit", "other");

    assertThatThrownBy(() -> opener.open(stanza(wrong, "autounseal"), pod()))
        .isInstanceOf(NodeStartException.class)
        .hasMessageContaining("permission denied")
        .hasMessageContaining("403")
        .satisfies(error -> assertNoToken(error, wrong));
  }

  @Test
  void aCaOfAnotherServerIsNotTrusted() {
    infra.createKey("transit", "autounseal");
    String token = infra.issueToken("transit", "autounseal");
    try (TransitInfra impostor = TransitInfra.start(HOST)) {
      TestNodeHost pod = pod().file(CA_FILE, impostor.caPem());

      assertThatThrownBy(() -> opener.open(stanza(token, "autounseal"), pod))
          .isInstanceOf(NodeStartException.class)
          .hasMessageContaining("could not be reached")
          .hasMessageContaining("x509: certificate signed by unknown authority")
          .satisfies(error -> assertNoToken(error, token));
    }
  }

  @Test
  void theCertificateMustNameTlsServerName() {
    infra.createKey("transit", "autounseal");
    String token = infra.issueToken("transit", "autounseal");
    SealConfig config =
        stanza(
            "  address = \"https://"
                + HOST
                + ":8200\"\n  token = \""
                + token
                + "\"\n  key_name = \"autounseal\"\n  mount_path = \"transit\"\n"
                + "  tls_ca_cert = \""
                + CA_FILE
                + "\"\n  tls_server_name = \"bao.other.svc\"\n");

    assertThatThrownBy(() -> opener.open(config, pod()))
        .isInstanceOf(NodeStartException.class)
        .hasMessageContaining("x509: certificate is valid for transit.infra.svc, not bao.other.svc")
        .satisfies(error -> assertNoToken(error, token));
  }

  @Test
  void anAddressWhoseHostIsNotTheCertificatesNameIsRefusedUnlessTlsServerNameFixesIt() {
    infra.createKey("transit", "autounseal");
    String token = infra.issueToken("transit", "autounseal");
    TestNodeHost pod = pod().route("10.0.0.7", 8200, infra.socket());
    String byIp =
        "  address = \"https://10.0.0.7:8200\"\n  token = \""
            + token
            + "\"\n  key_name = \"autounseal\"\n  mount_path = \"transit\"\n"
            + "  tls_ca_cert = \""
            + CA_FILE
            + "\"\n";

    assertThatThrownBy(() -> opener.open(stanza(byIp), pod))
        .isInstanceOf(NodeStartException.class)
        .hasMessageContaining("not 10.0.0.7");
    Seal seal = opener.open(stanza(byIp + "  tls_server_name = \"" + HOST + "\"\n"), pod);
    assertThat(seal.unwrap(seal.wrap(ROOT_KEY))).isEqualTo(ROOT_KEY);
  }

  @Test
  void withoutACaFileTheServerIsUntrustedUnlessVerificationIsSkipped() {
    infra.createKey("transit", "autounseal");
    String token = infra.issueToken("transit", "autounseal");
    String noCa =
        "  address = \"https://"
            + HOST
            + ":8200\"\n  token = \""
            + token
            + "\"\n  key_name = \"autounseal\"\n  mount_path = \"transit\"\n";

    assertThatThrownBy(() -> opener.open(stanza(noCa), pod()))
        .isInstanceOf(NodeStartException.class)
        .hasMessageContaining("x509: certificate signed by unknown authority");
    Seal seal = opener.open(stanza(noCa + "  tls_skip_verify = true\n"), pod());
    assertThat(seal.unwrap(seal.wrap(ROOT_KEY))).isEqualTo(ROOT_KEY);
  }

  @Test
  void theEnvironmentSuppliesAddressTokenAndKeyAndOverridesTheStanzasKeyName() {
    infra.createKey("transit", "autounseal");
    String token = infra.issueToken("transit", "autounseal");
    TestNodeHost pod =
        pod()
            .env("BAO_ADDR", "https://" + HOST + ":8200/")
            .env("BAO_TOKEN", token)
            .env("VAULT_TRANSIT_SEAL_KEY_NAME", "autounseal");
    SealConfig config =
        stanza(
            "  key_name = \"ignored\"\n  mount_path = \"transit/\"\n  tls_ca_cert = \""
                + CA_FILE
                + "\"\n");

    Seal seal = opener.open(config, pod);

    assertThat(seal.identity().key())
        .isEqualTo("https://transit.infra.svc:8200/transit/autounseal");
    assertThat(seal.unwrap(seal.wrap(ROOT_KEY))).isEqualTo(ROOT_KEY);
  }

  @Test
  void aMissingKeyNameStopsTheNode() {
    SealConfig config = stanza("  address = \"https://" + HOST + ":8200\"\n  mount_path = \"t\"\n");

    assertThatThrownBy(() -> opener.open(config, pod()))
        .isInstanceOf(NodeStartException.class)
        .hasMessage("Error parsing Seal configuration: key_name is required");
  }

  @Test
  void aHostThePodNetworkDoesNotKnowStopsTheNode() {
    String token = infra.issueToken("transit", "autounseal");

    assertThatThrownBy(() -> opener.open(stanza(token, "autounseal"), new TestNodeHost()))
        .isInstanceOf(NodeStartException.class)
        .hasMessageContaining("no such host");
  }

  @Test
  void aCaFileNoMountProvidesStopsTheNode() {
    String token = infra.issueToken("transit", "autounseal");
    TestNodeHost pod = new TestNodeHost().route(HOST, TransitInfra.PORT, infra.socket());

    assertThatThrownBy(() -> opener.open(stanza(token, "autounseal"), pod))
        .isInstanceOf(NodeStartException.class)
        .hasMessageContaining("open /bao/transit/ca.crt: no such file or directory");
  }

  @Test
  void aCaFileWithoutACertificateStopsTheNode() {
    String token = infra.issueToken("transit", "autounseal");
    TestNodeHost pod = pod().file(CA_FILE, "-----BEGIN CERTIFICATE-----\nbroken\n");

    assertThatThrownBy(() -> opener.open(stanza(token, "autounseal"), pod))
        .isInstanceOf(NodeStartException.class)
        .hasMessageContaining("couldn't load CA certificate from /bao/transit/ca.crt");
  }

  @Test
  void anInfraThatIsDownStopsTheNodeClearly() {
    infra.createKey("transit", "autounseal");
    String token = infra.issueToken("transit", "autounseal");
    infra.refuseConnections();

    assertThatThrownBy(() -> opener.open(stanza(token, "autounseal"), pod()))
        .isInstanceOf(NodeStartException.class)
        .hasMessageContaining("transit server https://transit.infra.svc:8200 could not be reached")
        .hasMessageContaining("connect: connection refused")
        .satisfies(error -> assertNoToken(error, token));
  }

  @Test
  void anOpenSealFailsToUnwrapWhileTheInfraIsDownOrSealedAndRecoversAfterwards() {
    Seal seal = openFor("autounseal");
    byte[] blob = seal.wrap(ROOT_KEY);

    infra.refuseConnections();
    assertThatThrownBy(() -> seal.unwrap(blob))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("could not be reached");
    infra.restore();
    infra.answerSealed();
    assertThatThrownBy(() -> seal.unwrap(blob))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("Code: 503")
        .hasMessageContaining("Vault is sealed");
    infra.restore();

    assertThat(seal.unwrap(blob)).isEqualTo(ROOT_KEY);
  }

  @Test
  void anotherSealTypeIsNotForThisOpener() {
    SealConfig staticStanza =
        seal("static", "  current_key_id = \"k1\"\n  current_key = \"file:///bao/key\"\n");

    assertThatThrownBy(() -> opener.open(staticStanza, pod()))
        .isInstanceOf(NodeStartException.class)
        .hasMessageContaining("cannot open a static seal");
  }

  @Test
  void theSettingsNeverPrintTheToken() {
    assertThat(
            new TransitSealSettings(
                    "https://" + HOST + ":8200",
                    "hvs.secret",
                    "transit",
                    "autounseal",
                    Optional.empty(),
                    Optional.empty(),
                    false)
                .toString())
        .doesNotContain("hvs.secret")
        .contains("<set>");
  }
}
