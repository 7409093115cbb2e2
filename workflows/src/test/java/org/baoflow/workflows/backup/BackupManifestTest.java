package org.baoflow.workflows.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.temporal.common.converter.JacksonJsonPayloadConverter;
import java.time.Instant;
import org.baoflow.workflows.BaoFlowDataConverter;
import org.junit.jupiter.api.Test;

class BackupManifestTest {
  private static final String JSON =
      """
      {"cluster":"dev","namespace":"openbao","uid":"uid-1","kubernetesCluster":"east",
       "openBaoVersion":"2.4.4","raftIndex":1234,"sealType":"static","sealKeyIdentity":"dev-unseal-key",
       "objectKey":"b/east/openbao/dev/20261123T030000Z-scheduled.snap","size":10485760,
       "sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
       "etag":"\\"3858f62230ac3c915f300c664312c11f-1\\"",
       "startedAt":"2026-11-23T03:00:01.250Z","finishedAt":"2026-11-23T03:00:09Z",
       "workflowId":"obao_east_openbao_dev_backup_20261123T030000Z","reason":"pre-upgrade"}
      """;

  private final ObjectMapper mapper = JacksonJsonPayloadConverter.newDefaultObjectMapper();

  static BackupManifest manifest() {
    return new BackupManifest(
        "dev",
        "openbao",
        "uid-1",
        "east",
        "2.4.4",
        1234,
        "static",
        "dev-unseal-key",
        "b/east/openbao/dev/20261123T030000Z-scheduled.snap",
        10_485_760,
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        "\"3858f62230ac3c915f300c664312c11f-1\"",
        Instant.parse("2026-11-23T03:00:01.250Z"),
        Instant.parse("2026-11-23T03:00:09Z"),
        "obao_east_openbao_dev_backup_20261123T030000Z",
        BackupReason.PRE_UPGRADE);
  }

  @Test
  void theStoredDocumentReadsIntoTheRecord() throws Exception {
    assertThat(mapper.readValue(JSON, BackupManifest.class)).isEqualTo(manifest());
  }

  @Test
  void theRecordWritesTheStoredDocument() throws Exception {
    JsonNode written = mapper.readTree(mapper.writeValueAsString(manifest()));

    assertThat(written).isEqualTo(mapper.readTree(JSON));
    assertThat(written.get("startedAt").asText()).isEqualTo("2026-11-23T03:00:01.250Z");
    assertThat(written.get("reason").asText()).isEqualTo("pre-upgrade");
  }

  @Test
  void itRoundTripsAsATemporalPayload() {
    var converter = BaoFlowDataConverter.get();

    assertThat(
            converter.fromPayload(
                converter.toPayload(manifest()).orElseThrow(),
                BackupManifest.class,
                BackupManifest.class))
        .isEqualTo(manifest());
  }

  @Test
  void aManifestWithoutWhatRetentionSelectsByDoesNotRead() {
    String withoutUid = JSON.replace("\"uid\":\"uid-1\",", "");

    assertThatThrownBy(() -> mapper.readValue(withoutUid, BackupManifest.class))
        .hasMessageContaining("uid");
  }

  @Test
  void anUnknownReasonDoesNotRead() {
    String other = JSON.replace("\"pre-upgrade\"", "\"nightly\"");

    assertThatThrownBy(() -> mapper.readValue(other, BackupManifest.class))
        .hasMessageContaining("nightly");
  }
}
