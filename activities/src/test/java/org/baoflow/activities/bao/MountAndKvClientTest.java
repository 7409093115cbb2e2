package org.baoflow.activities.bao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baoflow.activities.bao.BaoFixtures.TOKEN;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Secrets engines under sys/mounts and the KV v2 calls beyond a plain write and read. */
class MountAndKvClientTest {

  @RegisterExtension static final FakeBaoNode NODE = new FakeBaoNode();

  private final FakeBao server = NODE.server();
  private final MountClient mounts = new MountClient(NODE.connection());
  private final KvClient kv = new KvClient(NODE.connection());

  @Test
  void enablingKvVersion2SendsTheVersionOption() throws Exception {
    server.reply("POST", "/v1/sys/mounts/secret", 204, null);

    mounts.enable(TOKEN, "secret", EnableMountRequest.kvVersion2("lane test data"));

    assertThat(BaoJson.MAPPER.readTree(server.onlyRequest().body()))
        .isEqualTo(
            BaoJson.MAPPER.readTree(
                "{\"type\":\"kv\",\"description\":\"lane test data\","
                    + "\"options\":{\"version\":\"2\"}}"));
  }

  @Test
  void listingMountsKeepsNullTuningValues() {
    server.replyWithResource("GET", "/v1/sys/mounts", 200, "mounts-list.json");

    Map<String, MountInfo> listed = mounts.list(TOKEN);

    assertThat(listed).containsOnlyKeys("secret/", "sys/");
    assertThat(listed.get("secret/").type()).isEqualTo("kv");
    assertThat(listed.get("secret/").options()).containsEntry("version", "2");
    assertThat(listed.get("sys/").options()).isEmpty();
    assertThat(listed.get("sys/").config()).containsEntry("passthrough_request_headers", null);
    assertThat(listed.get("sys/").sealWrap()).isTrue();
  }

  @Test
  void aCheckedWriteSendsTheExpectedVersion() throws Exception {
    server.replyWithResource("POST", "/v1/secret/data/lane/greeting", 200, "kv-write.json");

    KvVersion written = kv.writeIfVersion(TOKEN, "secret", "lane/greeting", Map.of("a", "b"), 1);

    assertThat(BaoJson.MAPPER.readTree(server.onlyRequest().body()))
        .isEqualTo(BaoJson.MAPPER.readTree("{\"data\":{\"a\":\"b\"},\"options\":{\"cas\":1}}"));
    assertThat(written.version()).isEqualTo(2L);
  }

  @Test
  void aStaleCheckedWriteIsABadRequestWithTheServersMessage() {
    server.replyWithResource("POST", "/v1/secret/data/lane/greeting", 400, "errors-kv-cas.json");

    assertThatThrownBy(
            () -> kv.writeIfVersion(TOKEN, "secret", "lane/greeting", Map.of("a", "b"), 0))
        .isInstanceOfSatisfying(
            BaoBadRequestException.class,
            e ->
                assertThat(e.errors())
                    .containsExactly("check-and-set parameter did not match the current version"));
    assertThatThrownBy(() -> kv.writeIfVersion(TOKEN, "secret", "x", Map.of(), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readingAVersionAsksForItInTheQuery() {
    server.replyWithResource("GET", "/v1/secret/data/lane/greeting", 200, "kv-read.json");

    KvSecret secret = kv.read(TOKEN, "secret", "lane/greeting", 2);

    assertThat(server.onlyRequest().query()).isEqualTo("version=2");
    assertThat(secret.metadata().version()).isEqualTo(2L);
    assertThatThrownBy(() -> kv.read(TOKEN, "secret", "lane/greeting", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void metadataListsTheVersions() {
    server.replyWithResource("GET", "/v1/secret/metadata/lane/greeting", 200, "kv-metadata.json");

    KvMetadata metadata = kv.metadata(TOKEN, "secret", "lane/greeting");

    assertThat(metadata.currentVersion()).isEqualTo(2L);
    assertThat(metadata.versions()).containsOnlyKeys("1", "2");
    assertThat(metadata.versions().get("1").deletionTime()).isEqualTo("2026-11-22T20:59:30Z");
    assertThat(metadata.deleteVersionAfter()).isEqualTo("0s");
    assertThat(metadata.customMetadata()).isNull();
  }

  @Test
  void deletingTheLatestVersionAndEverything() {
    server.reply("DELETE", "/v1/secret/data/lane/greeting", 204, null);
    server.reply("DELETE", "/v1/secret/metadata/lane/greeting", 204, null);

    kv.delete(TOKEN, "secret", "lane/greeting");
    kv.deleteAllVersions(TOKEN, "secret", "lane/greeting");

    assertThat(server.requests())
        .extracting(RecordedRequest::path)
        .containsExactly("/v1/secret/data/lane/greeting", "/v1/secret/metadata/lane/greeting");
  }
}
