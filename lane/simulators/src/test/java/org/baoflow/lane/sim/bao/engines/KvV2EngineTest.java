package org.baoflow.lane.sim.bao.engines;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Capability;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KvV2EngineTest {

  private final EnginesFixture lane = new EnginesFixture();

  @BeforeEach
  void mount() {
    lane.ok(Capability.UPDATE, "sys/mounts/secret", "{\"type\":\"kv-v2\"}");
  }

  private BaoResponse put(String json) {
    return lane.write("secret/data/app/db", json);
  }

  @Test
  void aWriteAnswersTheNewVersionsMetadataAndAReadReturnsIt() {
    BaoResponse written = put("{\"data\":{\"password\":\"p1\"}}");

    assertThat(written.status()).isEqualTo(200);
    JsonNode metadata = written.body().path("data");
    assertThat(metadata.path("version").asInt()).isEqualTo(1);
    assertThat(metadata.path("created_time").asText()).isEqualTo("2026-11-22T21:00:00.1234567Z");
    assertThat(metadata.path("deletion_time").asText()).isEmpty();
    assertThat(metadata.path("destroyed").asBoolean()).isFalse();
    assertThat(metadata.path("custom_metadata").isNull()).isTrue();

    BaoResponse read = lane.read("secret/data/app/db");
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.body().path("data").path("data").toString()).isEqualTo("{\"password\":\"p1\"}");
    assertThat(read.body().path("data").path("metadata").path("version").asInt()).isEqualTo(1);
  }

  @Test
  void readsAnOlderVersionByQuery() {
    put("{\"data\":{\"password\":\"p1\"}}");
    lane.clock.advance(Duration.ofSeconds(1));
    put("{\"data\":{\"password\":\"p2\"}}");

    BaoResponse first = lane.call(Capability.READ, "secret/data/app/db", "{\"version\":\"1\"}");
    BaoResponse latest = lane.read("secret/data/app/db");

    assertThat(first.body().path("data").path("data").path("password").asText()).isEqualTo("p1");
    assertThat(latest.body().path("data").path("data").path("password").asText()).isEqualTo("p2");
    assertThat(latest.body().path("data").path("metadata").path("created_time").asText())
        .isEqualTo("2026-11-22T21:00:01.1234567Z");
    assertThat(lane.call(Capability.READ, "secret/data/app/db", "{\"version\":\"9\"}").status())
        .isEqualTo(404);
  }

  @Test
  void checkAndSetMustMatchTheCurrentVersion() {
    assertThat(put("{\"data\":{\"a\":\"1\"},\"options\":{\"cas\":0}}").status()).isEqualTo(200);

    BaoResponse stale = put("{\"data\":{\"a\":\"2\"},\"options\":{\"cas\":0}}");
    assertThat(stale.status()).isEqualTo(400);
    assertThat(EnginesFixture.errors(stale))
        .isEqualTo("[\"check-and-set parameter did not match the current version\"]");

    assertThat(put("{\"data\":{\"a\":\"2\"},\"options\":{\"cas\":\"1\"}}").status()).isEqualTo(200);
    BaoResponse garbled = put("{\"data\":{\"a\":\"3\"},\"options\":{\"cas\":\"two\"}}");
    assertThat(EnginesFixture.errors(garbled))
        .isEqualTo("[\"error parsing check-and-set parameter\"]");
  }

  @Test
  void theSecretsOwnMaxVersionsCanRaiseTheMountsLimit() {
    lane.ok(Capability.UPDATE, "secret/config", "{\"max_versions\":1}");
    lane.ok(Capability.UPDATE, "secret/metadata/app/db", "{\"max_versions\":3}");
    for (int i = 1; i <= 4; i++) {
      put("{\"data\":{\"v\":\"" + i + "\"}}");
    }

    JsonNode versions = lane.read("secret/metadata/app/db").body().path("data").path("versions");

    assertThat(versions.fieldNames()).toIterable().containsExactly("2", "3", "4");
  }

  @Test
  void casRequiredOnTheMountRefusesWritesWithoutCas() {
    lane.ok(Capability.UPDATE, "secret/config", "{\"cas_required\":true,\"max_versions\":5}");

    BaoResponse refused = put("{\"data\":{\"a\":\"1\"}}");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(EnginesFixture.errors(refused))
        .isEqualTo("[\"check-and-set parameter required for this call\"]");
    JsonNode config = lane.read("secret/config").body().path("data");
    assertThat(config.toString())
        .isEqualTo("{\"cas_required\":true,\"delete_version_after\":\"0s\",\"max_versions\":5}");
  }

  @Test
  void missingSecretsAnswer404WithNoErrors() {
    BaoResponse missing = lane.read("secret/data/nothing");

    assertThat(missing.status()).isEqualTo(404);
    assertThat(EnginesFixture.errors(missing)).isEqualTo("[]");
    assertThat(lane.read("secret/metadata/nothing").status()).isEqualTo(404);
    assertThat(lane.write("secret/data/app/db", "{}").status()).isEqualTo(400);
  }

  @Test
  void deleteUndeleteAndDestroy() {
    put("{\"data\":{\"v\":\"1\"}}");
    put("{\"data\":{\"v\":\"2\"}}");

    assertThat(lane.call(Capability.DELETE, "secret/data/app/db", null).status()).isEqualTo(204);
    BaoResponse deleted = lane.read("secret/data/app/db");
    assertThat(deleted.status()).isEqualTo(404);
    assertThat(deleted.body().path("data").path("data").isNull()).isTrue();
    assertThat(deleted.body().path("data").path("metadata").path("deletion_time").asText())
        .isEqualTo("2026-11-22T21:00:00.1234567Z");

    lane.ok(Capability.UPDATE, "secret/undelete/app/db", "{\"versions\":[2]}");
    assertThat(lane.read("secret/data/app/db").status()).isEqualTo(200);

    lane.ok(Capability.UPDATE, "secret/delete/app/db", "{\"versions\":[1]}");
    lane.ok(Capability.UPDATE, "secret/destroy/app/db", "{\"versions\":[2]}");
    BaoResponse destroyed = lane.read("secret/data/app/db");
    assertThat(destroyed.status()).isEqualTo(404);
    assertThat(destroyed.body().path("data").path("metadata").path("destroyed").asBoolean())
        .isTrue();
    lane.ok(Capability.UPDATE, "secret/undelete/app/db", "{\"versions\":[1,2]}");
    assertThat(lane.read("secret/data/app/db").status()).isEqualTo(404);
    assertThat(
            lane.call(Capability.READ, "secret/data/app/db", "{\"version\":1}")
                .body()
                .path("data")
                .path("data")
                .path("v")
                .asText())
        .isEqualTo("1");

    BaoResponse noVersions = lane.write("secret/delete/app/db", "{}");
    assertThat(EnginesFixture.errors(noVersions)).isEqualTo("[\"no version number provided\"]");
  }

  @Test
  void metadataListsVersionsAndCanBeWrittenListedAndDeleted() {
    put("{\"data\":{\"v\":\"1\"}}");
    lane.clock.advance(Duration.ofMillis(500));
    put("{\"data\":{\"v\":\"2\"}}");
    lane.ok(Capability.UPDATE, "secret/data/other", "{\"data\":{\"x\":\"y\"}}");

    lane.ok(
        Capability.UPDATE,
        "secret/metadata/app/db",
        "{\"max_versions\":3,\"custom_metadata\":{\"owner\":\"team\"},\"delete_version_after\":\"1h\"}");

    JsonNode metadata = lane.read("secret/metadata/app/db").body().path("data");
    assertThat(metadata.path("current_version").asInt()).isEqualTo(2);
    assertThat(metadata.path("oldest_version").asInt()).isEqualTo(1);
    assertThat(metadata.path("max_versions").asInt()).isEqualTo(3);
    assertThat(metadata.path("delete_version_after").asText()).isEqualTo("1h0m0s");
    assertThat(metadata.path("custom_metadata").toString()).isEqualTo("{\"owner\":\"team\"}");
    assertThat(metadata.path("created_time").asText()).isEqualTo("2026-11-22T21:00:00.1234567Z");
    assertThat(metadata.path("updated_time").asText()).isEqualTo("2026-11-22T21:00:00.6234567Z");
    assertThat(metadata.path("versions").fieldNames()).toIterable().containsExactly("1", "2");

    JsonNode keys = lane.call(Capability.LIST, "secret/metadata/", null).body().path("data");
    assertThat(keys.path("keys").toString()).isEqualTo("[\"app/\",\"other\"]");
    assertThat(
            lane.call(Capability.LIST, "secret/metadata/app", null)
                .body()
                .path("data")
                .path("keys")
                .toString())
        .isEqualTo("[\"db\"]");

    lane.ok(Capability.PATCH, "secret/metadata/app/db", "{\"custom_metadata\":{\"env\":\"dev\"}}");
    assertThat(
            lane.read("secret/metadata/app/db")
                .body()
                .path("data")
                .path("custom_metadata")
                .toString())
        .isEqualTo("{\"owner\":\"team\",\"env\":\"dev\"}");

    assertThat(lane.call(Capability.DELETE, "secret/metadata/app/db", null).status())
        .isEqualTo(204);
    assertThat(lane.read("secret/data/app/db").status()).isEqualTo(404);
    assertThat(lane.read("secret/metadata/app/db").status()).isEqualTo(404);
  }

  @Test
  void keepsOnlyMaxVersions() {
    lane.ok(Capability.UPDATE, "secret/config", "{\"max_versions\":2}");
    put("{\"data\":{\"v\":\"1\"}}");
    put("{\"data\":{\"v\":\"2\"}}");
    put("{\"data\":{\"v\":\"3\"}}");

    JsonNode metadata = lane.read("secret/metadata/app/db").body().path("data");

    assertThat(metadata.path("oldest_version").asInt()).isEqualTo(2);
    assertThat(metadata.path("versions").fieldNames()).toIterable().containsExactly("2", "3");
    assertThat(lane.call(Capability.READ, "secret/data/app/db", "{\"version\":\"1\"}").status())
        .isEqualTo(404);
  }

  @Test
  void versionsExpireAfterDeleteVersionAfter() {
    lane.ok(Capability.UPDATE, "secret/config", "{\"delete_version_after\":\"10s\"}");
    BaoResponse written = put("{\"data\":{\"v\":\"1\"}}");

    assertThat(written.body().path("data").path("deletion_time").asText())
        .isEqualTo("2026-11-22T21:00:10.1234567Z");
    assertThat(lane.read("secret/data/app/db").status()).isEqualTo(200);
    lane.clock.advance(Duration.ofSeconds(9));
    assertThat(lane.read("secret/data/app/db").status()).isEqualTo(200);
    lane.clock.advance(Duration.ofSeconds(1));
    assertThat(lane.read("secret/data/app/db").status()).isEqualTo(404);
  }

  @Test
  void patchMergesIntoTheLatestVersion() {
    put("{\"data\":{\"user\":\"u\",\"password\":\"p1\",\"old\":\"x\"}}");

    BaoResponse patched =
        lane.call(
            Capability.PATCH,
            "secret/data/app/db",
            "{\"data\":{\"password\":\"p2\",\"old\":null},\"options\":{\"cas\":1}}");

    assertThat(patched.status()).isEqualTo(200);
    assertThat(patched.body().path("data").path("version").asInt()).isEqualTo(2);
    assertThat(lane.read("secret/data/app/db").body().path("data").path("data").toString())
        .isEqualTo("{\"user\":\"u\",\"password\":\"p2\"}");
    assertThat(
            lane.call(Capability.PATCH, "secret/data/nothing", "{\"data\":{\"a\":\"b\"}}").status())
        .isEqualTo(404);
  }

  @Test
  void theStateLivesInTheStorageAlone() {
    put("{\"data\":{\"v\":\"1\"}}");

    EnginesFixture restored = new EnginesFixture();
    restored.storage.replaceWith(lane.storage.entries());

    assertThat(restored.read("secret/data/app/db").body().path("data").path("data").toString())
        .isEqualTo("{\"v\":\"1\"}");
  }

  @Test
  void unknownSubPathsAndOperationsAreRefused() {
    assertThat(lane.read("secret/nothing/here").status()).isEqualTo(404);
    assertThat(lane.call(Capability.LIST, "secret/data/app", null).status()).isEqualTo(405);
  }
}
