package org.baoflow.activities.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.baoflow.workflows.backup.BackupManifest;
import org.baoflow.workflows.backup.BackupReason;
import org.junit.jupiter.api.Test;

/** Manifests as JSON: written and read back, and what does not read as a manifest. */
class BackupManifestCodecTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final BackupManifest MANIFEST =
      new BackupManifest(
          "dev",
          "openbao",
          "4f1c2a9e-uid",
          "primary",
          "2.4.4",
          1234,
          "static",
          "static-key-1",
          "backups/primary/openbao/dev/20261123T041500Z-scheduled.snap",
          12823,
          "ab".repeat(32),
          "\"d41d8cd98f00b204e9800998ecf8427e-2\"",
          Instant.parse("2026-11-23T04:15:00.123Z"),
          Instant.parse("2026-11-23T04:15:07Z"),
          "obao_primary_openbao_dev_backup_20261123T041500Z",
          BackupReason.PRE_UPGRADE);

  @Test
  void aManifestRoundTripsWithComponentNamesIsoTimesAndTheReasonLabel() throws IOException {
    byte[] json = ManifestCodec.write(MANIFEST);

    JsonNode tree = JSON.readTree(json);
    List<String> fields = new ArrayList<>();
    tree.fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .containsExactlyElementsOf(
            Arrays.stream(BackupManifest.class.getRecordComponents())
                .map(RecordComponent::getName)
                .toList());
    assertThat(tree.get("startedAt").asText()).isEqualTo("2026-11-23T04:15:00.123Z");
    assertThat(tree.get("finishedAt").asText()).isEqualTo("2026-11-23T04:15:07Z");
    assertThat(tree.get("reason").asText()).isEqualTo("pre-upgrade");
    assertThat(tree.get("raftIndex").asLong()).isEqualTo(1234);
    assertThat(ManifestCodec.read(json)).isEqualTo(MANIFEST);
  }

  @Test
  void aManifestFromANewerWriterWithAnExtraFieldStillReads() throws IOException {
    ObjectNode tree = (ObjectNode) JSON.readTree(ManifestCodec.write(MANIFEST));
    tree.put("addedLater", "value");

    assertThat(ManifestCodec.read(JSON.writeValueAsBytes(tree))).isEqualTo(MANIFEST);
  }

  @Test
  void aManifestWithoutTheFieldsRetentionSelectsByDoesNotRead() throws IOException {
    ObjectNode withoutUid = (ObjectNode) JSON.readTree(ManifestCodec.write(MANIFEST));
    withoutUid.remove("uid");
    ObjectNode unknownReason = (ObjectNode) JSON.readTree(ManifestCodec.write(MANIFEST));
    unknownReason.put("reason", "whenever");

    assertThatThrownBy(() -> ManifestCodec.read(JSON.writeValueAsBytes(withoutUid)))
        .isInstanceOf(ManifestCodec.UnreadableManifestException.class)
        .hasMessageContaining("uid");
    assertThatThrownBy(() -> ManifestCodec.read(JSON.writeValueAsBytes(unknownReason)))
        .isInstanceOf(ManifestCodec.UnreadableManifestException.class);
    assertThatThrownBy(() -> ManifestCodec.read("{not json".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ManifestCodec.UnreadableManifestException.class);
    assertThatThrownBy(() -> ManifestCodec.read(new byte[0]))
        .isInstanceOf(ManifestCodec.UnreadableManifestException.class);
  }
}
