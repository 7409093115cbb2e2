package org.baoflow.lane.sim.bao.engines;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.baoflow.lane.sim.bao.logical.BaoRequest;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Capability;
import org.junit.jupiter.api.Test;

class MountTableTest {

  private final EnginesFixture lane = new EnginesFixture();

  @Test
  void aNewClusterHasTheBuiltInMountsButNoSecretMount() {
    BaoResponse list = lane.read("sys/mounts");

    assertThat(list.status()).isEqualTo(200);
    JsonNode data = list.body().path("data");
    assertThat(data.fieldNames()).toIterable().containsExactly("cubbyhole/", "identity/", "sys/");
    assertThat(data.path("cubbyhole/").path("local").asBoolean()).isTrue();
    assertThat(data.path("cubbyhole/").path("description").asText())
        .isEqualTo("per-token private secret storage");
    assertThat(data.path("sys/").path("type").asText()).isEqualTo("system");
    assertThat(data.path("sys/").path("config").path("passthrough_request_headers").toString())
        .isEqualTo("[\"Accept\"]");
    assertThat(data.path("identity/").path("accessor").asText()).startsWith("identity_");
    // sys/mounts copies its data to the top level as well.
    assertThat(list.body().path("sys/").path("uuid").asText())
        .isEqualTo(data.path("sys/").path("uuid").asText());
  }

  @Test
  void theBuiltInMountsKeepTheirIdentifiersAcrossInstances() {
    String uuid = lane.read("sys/mounts").body().path("data").path("sys/").path("uuid").asText();

    SecretEngines restarted = new SecretEngines(lane.clock);
    BaoResponse again =
        restarted
            .handle(new BaoRequest(Capability.READ, "sys/mounts", "t", null), lane.storage)
            .orElseThrow();

    assertThat(again.body().path("data").path("sys/").path("uuid").asText()).isEqualTo(uuid);
  }

  @Test
  void enablesKvVersion2WithItsOptionsAndReadsItBack() {
    assertThat(
            lane.write(
                    "sys/mounts/secret",
                    "{\"type\":\"kv\",\"description\":\"app secrets\",\"options\":{\"version\":\"2\"}}")
                .status())
        .isEqualTo(204);

    BaoResponse one = lane.read("sys/mounts/secret");

    assertThat(one.status()).isEqualTo(200);
    JsonNode info = one.body().path("data");
    assertThat(info.path("type").asText()).isEqualTo("kv");
    assertThat(info.path("description").asText()).isEqualTo("app secrets");
    assertThat(info.path("options").toString()).isEqualTo("{\"version\":\"2\"}");
    assertThat(info.path("accessor").asText()).matches("kv_[0-9a-f]{8}");
    assertThat(info.path("config").path("default_lease_ttl").asLong()).isZero();
    assertThat(info.path("seal_wrap").isBoolean()).isTrue();
    assertThat(info.path("external_entropy_access").isBoolean()).isTrue();
    assertThat(info.path("plugin_version").asText()).isEmpty();
    assertThat(one.body().path("type").asText()).isEqualTo("kv");
    assertThat(lane.read("sys/mounts").body().path("data").has("secret/")).isTrue();
  }

  @Test
  void kvV2TypeIsKvWithVersion2() {
    lane.ok(Capability.UPDATE, "sys/mounts/app", "{\"type\":\"kv-v2\"}");

    JsonNode info = lane.read("sys/mounts/app").body().path("data");

    assertThat(info.path("type").asText()).isEqualTo("kv");
    assertThat(info.path("options").path("version").asText()).isEqualTo("2");
  }

  @Test
  void refusesADuplicateANestedPathAProtectedPathAndUnknownTypes() {
    lane.ok(Capability.UPDATE, "sys/mounts/secret", "{\"type\":\"kv-v2\"}");

    BaoResponse duplicate = lane.write("sys/mounts/secret", "{\"type\":\"kv-v2\"}");
    assertThat(duplicate.status()).isEqualTo(400);
    assertThat(EnginesFixture.errors(duplicate))
        .isEqualTo("[\"path is already in use at secret/\"]");

    BaoResponse nested = lane.write("sys/mounts/secret/inner", "{\"type\":\"kv\"}");
    assertThat(nested.status()).isEqualTo(400);
    assertThat(EnginesFixture.errors(nested)).isEqualTo("[\"existing mount at secret/\"]");

    BaoResponse underSys = lane.write("sys/mounts/sys/mine", "{\"type\":\"kv\"}");
    assertThat(underSys.status()).isEqualTo(403);
    assertThat(EnginesFixture.errors(underSys)).isEqualTo("[\"cannot mount \\\"sys/mine/\\\"\"]");

    BaoResponse unknown = lane.write("sys/mounts/pki", "{\"type\":\"pki\"}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(EnginesFixture.errors(unknown))
        .isEqualTo("[\"plugin not found in the catalog: pki\"]");

    BaoResponse noType = lane.write("sys/mounts/other", "{}");
    assertThat(EnginesFixture.errors(noType))
        .isEqualTo("[\"backend type must be specified as a string\"]");

    BaoResponse singleton = lane.write("sys/mounts/ids", "{\"type\":\"identity\"}");
    assertThat(singleton.status()).isEqualTo(403);
  }

  @Test
  void disablingRemovesTheMountAndItsData() {
    lane.ok(Capability.UPDATE, "sys/mounts/secret", "{\"type\":\"kv-v2\"}");
    String uuid = lane.read("sys/mounts/secret").body().path("data").path("uuid").asText();
    lane.ok(Capability.UPDATE, "secret/data/app/db", "{\"data\":{\"password\":\"p\"}}");
    assertThat(lane.storage.keysUnder("logical/" + uuid + "/")).isNotEmpty();

    assertThat(lane.call(Capability.DELETE, "sys/mounts/secret", null).status()).isEqualTo(204);

    assertThat(lane.storage.keysUnder("logical/" + uuid + "/")).isEmpty();
    assertThat(lane.read("sys/mounts").body().path("data").has("secret/")).isFalse();
    assertThat(lane.engines.handle(request("secret/data/app/db"), lane.storage)).isEmpty();
    BaoResponse readGone = lane.read("sys/mounts/secret");
    assertThat(EnginesFixture.errors(readGone))
        .isEqualTo("[\"No secret engine mount at secret/\"]");
    // A missing mount disables without complaint, a built-in one does not.
    assertThat(lane.call(Capability.DELETE, "sys/mounts/secret", null).status()).isEqualTo(204);
    BaoResponse sys = lane.call(Capability.DELETE, "sys/mounts/cubbyhole", null);
    assertThat(sys.status()).isEqualTo(400);
    assertThat(EnginesFixture.errors(sys)).isEqualTo("[\"cannot unmount \\\"cubbyhole/\\\"\"]");
  }

  @Test
  void pathsOutsideKvMountsAreNotServed() {
    lane.ok(Capability.UPDATE, "sys/mounts/secret", "{\"type\":\"kv-v2\"}");

    assertThat(lane.engines.handle(request("sys/health"), lane.storage)).isEmpty();
    assertThat(lane.engines.handle(request("cubbyhole/x"), lane.storage)).isEmpty();
    assertThat(lane.engines.handle(request("secretive/data/x"), lane.storage)).isEmpty();
    assertThat(lane.engines.handle(request("auth/token/lookup-self"), lane.storage)).isEmpty();
    Optional<BaoResponse> served = lane.engines.handle(request("secret/data/x"), lane.storage);
    assertThat(served).isPresent();
    assertThat(served.get().status()).isEqualTo(404);
  }

  @Test
  void tuneReportsEffectiveTtlsAndUpdatesThem() {
    lane.ok(Capability.UPDATE, "sys/mounts/secret", "{\"type\":\"kv-v2\"}");

    JsonNode before = lane.read("sys/mounts/secret/tune").body().path("data");
    assertThat(before.path("default_lease_ttl").asLong()).isEqualTo(2_764_800L);
    assertThat(before.path("max_lease_ttl").asLong()).isEqualTo(2_764_800L);
    assertThat(before.path("options").path("version").asText()).isEqualTo("2");

    lane.ok(
        Capability.UPDATE,
        "sys/mounts/secret/tune",
        "{\"default_lease_ttl\":\"1h\",\"max_lease_ttl\":7200,\"description\":\"tuned\"}");

    JsonNode after = lane.read("sys/mounts/secret/tune").body().path("data");
    assertThat(after.path("default_lease_ttl").asLong()).isEqualTo(3600);
    assertThat(after.path("max_lease_ttl").asLong()).isEqualTo(7200);
    assertThat(after.path("description").asText()).isEqualTo("tuned");
    assertThat(
            lane.read("sys/mounts")
                .body()
                .path("secret/")
                .path("config")
                .path("max_lease_ttl")
                .asLong())
        .isEqualTo(7200);
  }

  @Test
  void tuningKvVersion1To2KeepsTheSecretsAsVersion1AndRefusesGoingBack() {
    lane.ok(Capability.UPDATE, "sys/mounts/old", "{\"type\":\"kv\"}");
    lane.ok(Capability.UPDATE, "old/app/db", "{\"password\":\"p1\"}");
    lane.ok(Capability.UPDATE, "old/top", "{\"k\":\"v\"}");

    BaoResponse upgrade = lane.write("sys/mounts/old/tune", "{\"options\":{\"version\":\"2\"}}");

    assertThat(upgrade.status()).isEqualTo(200);
    assertThat(upgrade.body().path("warnings").get(0).asText())
        .startsWith("Upgrading mount from version 1 to version 2.");
    JsonNode secret = lane.read("old/data/app/db").body().path("data");
    assertThat(secret.path("data").toString()).isEqualTo("{\"password\":\"p1\"}");
    assertThat(secret.path("metadata").path("version").asInt()).isEqualTo(1);
    assertThat(
            lane.call(Capability.LIST, "old/metadata/", null)
                .body()
                .path("data")
                .path("keys")
                .toString())
        .isEqualTo("[\"app/\",\"top\"]");

    BaoResponse downgrade = lane.write("sys/mounts/old/tune", "{\"options\":{\"version\":\"1\"}}");
    assertThat(downgrade.status()).isEqualTo(400);
    assertThat(EnginesFixture.errors(downgrade))
        .isEqualTo("[\"cannot downgrade mount from version 2\"]");
  }

  private static BaoRequest request(String path) {
    return new BaoRequest(Capability.READ, path, "t", null);
  }
}
