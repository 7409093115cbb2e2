package org.baoflow.activities.bao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baoflow.activities.bao.BaoFixtures.TOKEN;
import static org.baoflow.activities.bao.BaoFixtures.TOKEN_VALUE;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seal and lifecycle endpoints against the reference's bodies and status codes. */
class SysClientTest {

  @RegisterExtension static final FakeBaoNode NODE = new FakeBaoNode();

  private final FakeBao server = NODE.server();
  private final SysClient sys = new SysClient(NODE.connection());

  @Test
  void readsWhetherTheNodeIsInitialized() {
    server.replyWithResource("GET", "/v1/sys/init", 200, "init-status.json");

    assertThat(sys.initialized()).isFalse();
    assertThat(server.onlyRequest().method()).isEqualTo("GET");
  }

  @Test
  void autoUnsealInitSendsOnlyRecoveryFieldsAndReadsEmptyKeys() throws Exception {
    server.replyWithResource("PUT", "/v1/sys/init", 200, "init-auto-unseal.json");

    InitResponse response = sys.init(InitRequest.autoUnseal(0, 0));

    RecordedRequest request = server.onlyRequest();
    assertThat(request.method()).isEqualTo("PUT");
    assertThat(BaoJson.MAPPER.readTree(request.body()))
        .isEqualTo(BaoJson.MAPPER.readTree("{\"recovery_shares\":0,\"recovery_threshold\":0}"));
    assertThat(request.hasHeader("X-Vault-Token")).isFalse();
    assertThat(response.keys()).isEmpty();
    assertThat(response.keysBase64()).isEmpty();
    assertThat(response.recoveryKeys()).isEmpty();
    assertThat(response.token().reveal()).isEqualTo("hvs.ROOTsecretToken0123456789");
    assertThat(response.toString()).doesNotContain("ROOTsecret");
  }

  @Test
  void shamirInitReadsTheKeys() throws Exception {
    server.replyWithResource("PUT", "/v1/sys/init", 200, "init-shamir.json");

    InitResponse response = sys.init(InitRequest.shamir(3, 2));

    assertThat(BaoJson.MAPPER.readTree(server.onlyRequest().body()))
        .isEqualTo(BaoJson.MAPPER.readTree("{\"secret_shares\":3,\"secret_threshold\":2}"));
    assertThat(response.keys()).hasSize(3);
    assertThat(response.keysBase64()).hasSize(3);
    assertThat(response.toString()).doesNotContain("1c6a8f0b9e3d");
  }

  @Test
  void initRefusalsKeepTheServersMessage() {
    server.replyWithResource("PUT", "/v1/sys/init", 400, "errors-init-auto-unseal.json");

    assertThatThrownBy(() -> sys.init(InitRequest.shamir(1, 1)))
        .isInstanceOfSatisfying(
            BaoBadRequestException.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(
                        "parameters secret_shares,secret_threshold not applicable to seal type"
                            + " static"))
        .hasMessageContaining("PUT /v1/sys/init answered 400");
  }

  @Test
  void sealStatusOfAnUnsealedAutoUnsealNode() {
    server.replyWithResource("GET", "/v1/sys/seal-status", 200, "seal-status-static-unsealed.json");

    SealStatus status = sys.sealStatus();

    assertThat(status.type()).isEqualTo("static");
    assertThat(status.sealed()).isFalse();
    assertThat(status.recoverySeal()).isTrue();
    assertThat(status.recoverySealType()).isEqualTo("shamir");
    assertThat(status.commitDate()).isEqualTo("2026-08-20T10:12:41Z");
    assertThat(status.clusterName()).isEqualTo("vault-cluster-5f2b9c1d");
    assertThat(status.storageType()).isEqualTo("raft");
  }

  @Test
  void sealStatusOfASealedShamirNodeHasNoClusterOrRecoveryType() {
    server.replyWithResource("GET", "/v1/sys/seal-status", 200, "seal-status-shamir-sealed.json");

    SealStatus status = sys.sealStatus();

    assertThat(status.sealed()).isTrue();
    assertThat(status.threshold()).isEqualTo(3);
    assertThat(status.shares()).isEqualTo(5);
    assertThat(status.progress()).isEqualTo(1);
    assertThat(status.recoverySealType()).isNull();
    assertThat(status.clusterId()).isNull();
  }

  @Test
  void sealStatusBefore26CarriesBuildDateAndWarnings() {
    server.replyWithResource("GET", "/v1/sys/seal-status", 200, "seal-status-2.5.json");

    SealStatus status = sys.sealStatus();

    assertThat(status.buildDate()).isEqualTo("2026-02-11T09:00:00Z");
    assertThat(status.commitDate()).isNull();
    assertThat(status.warnings()).containsExactly("seal stanza is deprecated");
  }

  @Test
  void unsealSendsTheShareAndReadsTheSealStatus() throws Exception {
    server.replyWithResource("PUT", "/v1/sys/unseal", 200, "seal-status-shamir-sealed.json");

    SealStatus status = sys.unseal(UnsealRequest.share("1c6a8f0b9e3d"));

    assertThat(BaoJson.MAPPER.readTree(server.onlyRequest().body()))
        .isEqualTo(BaoJson.MAPPER.readTree("{\"key\":\"1c6a8f0b9e3d\"}"));
    assertThat(status.progress()).isEqualTo(1);
    assertThat(UnsealRequest.share("1c6a8f0b9e3d").toString()).doesNotContain("1c6a8f0b9e3d");
  }

  @Test
  void unsealResetSendsOnlyReset() throws Exception {
    server.replyWithResource("PUT", "/v1/sys/unseal", 200, "seal-status-shamir-sealed.json");

    sys.unseal(UnsealRequest.resetProgress());

    assertThat(BaoJson.MAPPER.readTree(server.onlyRequest().body()))
        .isEqualTo(BaoJson.MAPPER.readTree("{\"reset\":true}"));
  }

  @ParameterizedTest
  @CsvSource({
    "200, health-active.json, true, false, false",
    "429, health-standby.json, true, false, true",
    "503, health-sealed.json, true, true, true",
    "501, health-uninitialized.json, false, true, true"
  })
  void healthReturnsEveryStatusWithItsBody(
      int status, String resource, boolean initialized, boolean sealed, boolean standby) {
    server.replyWithResource("GET", "/v1/sys/health", status, resource);

    HealthResult result = sys.health(HealthQuery.defaults());

    assertThat(result.statusCode()).isEqualTo(status);
    assertThat(result.body().initialized()).isEqualTo(initialized);
    assertThat(result.body().sealed()).isEqualTo(sealed);
    assertThat(result.body().standby()).isEqualTo(standby);
    assertThat(result.body().version()).isEqualTo("2.6.2");
    assertThat(result.body().replicationDrMode()).isEqualTo("disabled");
    assertThat(server.onlyRequest().query()).isNull();
  }

  @Test
  void healthBodyOfAnActiveNodeNamesTheCluster() {
    server.replyWithResource("GET", "/v1/sys/health", 200, "health-active.json");

    HealthResponse body = sys.health(HealthQuery.defaults()).body();

    assertThat(body.replicationPerformanceMode()).isEqualTo("primary");
    assertThat(body.serverTimeUtc()).isEqualTo(1795459200L);
    assertThat(body.clusterId()).isEqualTo("6a1a4c1e-8c4e-2b7d-0f5e-3f1d2a9b7c10");
  }

  @Test
  void healthSendsEveryQueryCode() {
    server.replyWithResource("GET", "/v1/sys/health", 299, "health-standby.json");

    HealthResult result = sys.health(new HealthQuery(false, 200, 299, 298, 297));

    assertThat(server.onlyRequest().query())
        .isEqualTo("standbyok=false&activecode=200&standbycode=299&sealedcode=298&uninitcode=297");
    assertThat(result.statusCode()).isEqualTo(299);
    assertThat(result.body().standby()).isTrue();
  }

  @Test
  void aHealthCodeOf204ComesWithoutBody() {
    server.reply("GET", "/v1/sys/health", 204, null);

    HealthResult result = sys.health(new HealthQuery(true, 204, null, null, null));

    assertThat(server.onlyRequest().query()).isEqualTo("standbyok=true&activecode=204");
    assertThat(result.statusCode()).isEqualTo(204);
    assertThat(result.body()).isNull();
  }

  @Test
  void aRejectedHealthQueryIsABadRequest() {
    server.replyWithResource("GET", "/v1/sys/health", 400, "errors-empty.json");

    assertThatThrownBy(() -> sys.health(new HealthQuery(null, 200, null, null, null)))
        .isInstanceOfSatisfying(
            BaoBadRequestException.class, e -> assertThat(e.errors()).isEmpty());
  }

  @Test
  void leaderOfTheActiveNode() {
    server.replyWithResource("GET", "/v1/sys/leader", 200, "leader-active.json");

    LeaderResponse leader = sys.leader();

    assertThat(leader.haEnabled()).isTrue();
    assertThat(leader.self()).isTrue();
    assertThat(leader.activeTime()).isEqualTo("2026-11-22T20:58:03.123456789Z");
    assertThat(leader.leaderAddress()).isEqualTo("https://dev-0.dev.openbao.svc:8200");
    assertThat(leader.raftAppliedIndex()).isEqualTo(118L);
  }

  @Test
  void leaderOfAStandbyOmitsIsSelfAndActiveTime() {
    server.replyWithResource("GET", "/v1/sys/leader", 200, "leader-standby.json");

    LeaderResponse leader = sys.leader();

    assertThat(leader.isSelf()).isNull();
    assertThat(leader.self()).isFalse();
    assertThat(leader.activeTime()).isNull();
    assertThat(leader.leaderClusterAddress()).isEqualTo("https://dev-0.dev.openbao.svc:8201");
    assertThat(leader.raftCommittedIndex()).isEqualTo(118L);
  }

  @Test
  void leaderWithHaDisabledHasOnlyTheFlag() {
    server.replyWithResource("GET", "/v1/sys/leader", 200, "leader-ha-disabled.json");

    LeaderResponse leader = sys.leader();

    assertThat(leader.haEnabled()).isFalse();
    assertThat(leader.leaderAddress()).isNull();
    assertThat(leader.raftCommittedIndex()).isNull();
  }

  @Test
  void leaderOfASealedNodeIsASealedError() {
    server.replyWithResource("GET", "/v1/sys/leader", 503, "errors-sealed.json");

    assertThatThrownBy(sys::leader)
        .isInstanceOfSatisfying(
            BaoSealedException.class,
            e -> assertThat(e.errors()).containsExactly("Vault is sealed"));
  }

  @Test
  void aServiceUnavailableThatIsNotASealIsAServerError() {
    server.replyWithResource("GET", "/v1/sys/leader", 503, "errors-no-active.json");

    assertThatThrownBy(sys::leader)
        .isInstanceOf(BaoServerException.class)
        .hasMessageContaining("no active Vault instance found");
  }

  @Test
  void stepDownSendsTheTokenOnlyInItsHeader() {
    server.reply("PUT", "/v1/sys/step-down", 204, null);

    sys.stepDown(TOKEN);

    RecordedRequest request = server.onlyRequest();
    assertThat(request.method()).isEqualTo("PUT");
    assertThat(request.header("X-Vault-Token")).isEqualTo(TOKEN_VALUE);
    assertThat(request.hasHeader("X-Vault-Namespace")).isFalse();
    assertThat(request.query()).isNull();
    assertThat(request.body()).isEmpty();
  }

  @Test
  void stepDownWithoutSudoIsPermissionDeniedWithoutTheToken() {
    server.replyWithResource("PUT", "/v1/sys/step-down", 403, "errors-permission-denied.json");

    assertThatThrownBy(() -> sys.stepDown(TOKEN))
        .isInstanceOfSatisfying(
            BaoPermissionDeniedException.class,
            e -> {
              assertThat(e.errors()).containsExactly("permission denied");
              assertThat(e.statusCode()).isEqualTo(403);
            })
        .hasMessageNotContaining(TOKEN_VALUE);
  }

  @Test
  void stepDownOnASealedNodeIsASealedError() {
    server.replyWithResource("PUT", "/v1/sys/step-down", 503, "errors-sealed.json");

    assertThatThrownBy(() -> sys.stepDown(TOKEN)).isInstanceOf(BaoSealedException.class);
  }

  @Test
  void aHeadProbeReturnsOnlyTheChosenCode() {
    server.reply("HEAD", "/v1/sys/health", 429, null);

    assertThat(sys.healthStatus(new HealthQuery(null, null, null, null, null))).isEqualTo(429);
    assertThat(sys.healthStatus(new HealthQuery(true, null, null, null, null))).isEqualTo(429);

    assertThat(server.requests().get(0).method()).isEqualTo("HEAD");
    assertThat(server.requests().get(0).query()).isNull();
    assertThat(server.requests().get(1).query()).isEqualTo("standbyok=true");
  }

  @Test
  void sealingNeedsTheToken() {
    server.reply("PUT", "/v1/sys/seal", 204, null);

    sys.seal(TOKEN);

    assertThat(server.onlyRequest().header("X-Vault-Token")).isEqualTo(TOKEN_VALUE);
  }

  @Test
  void haStatusIsReadFromTheTopLevelToo() {
    server.replyWithResource("GET", "/v1/sys/ha-status", 200, "ha-status-top-level.json");

    HaStatus status = sys.haStatus(TOKEN);

    assertThat(status.nodes()).extracting(HaNode::hostname).containsExactly("dev-0", "dev-1");
    assertThat(status.nodes().get(0).activeNode()).isTrue();
    assertThat(status.nodes().get(0).lastEcho()).isNull();
    assertThat(status.nodes().get(1).upgradeVersion()).isEqualTo("2.6.2");
  }
}
