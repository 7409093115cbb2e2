package org.baoflow.lane.sim.bao.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Capability;
import org.baoflow.lane.sim.kube.auth.ServiceAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KubernetesAuthTest {

  private final AuthFixture lane = new AuthFixture();

  @BeforeEach
  void setUp() {
    lane.write("sys/auth/kubernetes", "{\"type\":\"kubernetes\"}");
    lane.write(
        "auth/kubernetes/config", "{\"kubernetes_host\":\"https://kubernetes.default.svc\"}");
    lane.write(
        "auth/kubernetes/role/worker",
        """
        {"bound_service_account_names":["baoflow-worker"],
         "bound_service_account_namespaces":["baoflow-system"],
         "audience":"openbao-internal","token_policies":["ops"],"token_ttl":"30m"}""");
  }

  private BaoResponse login(String jwt) {
    return lane.call(
        Capability.UPDATE,
        "auth/kubernetes/login",
        null,
        "{\"role\":\"worker\",\"jwt\":\"" + jwt + "\"}");
  }

  @Test
  void theBoundServiceAccountLogsInThroughTokenReview() {
    BaoResponse response = login(lane.token(AuthFixture.WORKER, "openbao-internal"));
    assertThat(response.status()).isEqualTo(200);
    JsonNode auth = response.body().path("auth");
    assertThat(auth.path("metadata").path("role").asText()).isEqualTo("worker");
    assertThat(auth.path("metadata").path("service_account_name").asText())
        .isEqualTo("baoflow-worker");
    assertThat(auth.path("metadata").path("service_account_namespace").asText())
        .isEqualTo("baoflow-system");
    assertThat(auth.path("metadata").path("service_account_uid").asText()).isEqualTo("uid-worker");
    assertThat(auth.path("metadata").has("service_account_secret_name")).isTrue();
    assertThat(auth.path("policies").toString()).isEqualTo("[\"default\",\"ops\"]");
    assertThat(auth.path("lease_duration").asLong()).isEqualTo(1800);
  }

  @Test
  void otherAccountsNamespacesAudiencesAndDeletedAccountsGet403() {
    lane.accountUids.put("baoflow-system/other", "uid-other");
    lane.accountUids.put("elsewhere/baoflow-worker", "uid-elsewhere");
    BaoResponse otherName =
        login(
            lane.token(
                new ServiceAccount("baoflow-system", "other", "uid-other"), "openbao-internal"));
    assertThat(otherName.status()).isEqualTo(403);
    assertThat(AuthFixture.errors(otherName))
        .isEqualTo("[\"service account name not authorized\"]");
    BaoResponse otherNamespace =
        login(
            lane.token(
                new ServiceAccount("elsewhere", "baoflow-worker", "uid-elsewhere"),
                "openbao-internal"));
    assertThat(AuthFixture.errors(otherNamespace)).isEqualTo("[\"namespace not authorized\"]");
    assertThat(login(lane.token(AuthFixture.WORKER, "vault")).status()).isEqualTo(403);
    String token = lane.token(AuthFixture.WORKER, "openbao-internal");
    lane.accountUids.remove("baoflow-system/baoflow-worker");
    assertThat(login(token).status()).isEqualTo(403);
  }

  @Test
  void configAndRolesAreValidated() {
    assertThat(AuthFixture.errors(lane.root(Capability.UPDATE, "auth/kubernetes/config", "{}")))
        .isEqualTo("[\"no host provided\"]");
    assertThat(
            lane.root(
                    Capability.UPDATE,
                    "auth/kubernetes/role/bad",
                    "{\"bound_service_account_namespaces\":[\"a\"]}")
                .status())
        .isEqualTo(400);
    BaoResponse unknownRole =
        lane.call(
            Capability.UPDATE, "auth/kubernetes/login", null, "{\"role\":\"nope\",\"jwt\":\"x\"}");
    assertThat(AuthFixture.errors(unknownRole)).isEqualTo("[\"invalid role name \\\"nope\\\"\"]");
  }
}
