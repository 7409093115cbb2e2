package org.baoflow.workflows.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;
import org.baoflow.workflows.BaoFlowDataConverter;
import org.baoflow.workflows.model.ClusterRef;
import org.baoflow.workflows.model.ClusterSnapshot;
import org.junit.jupiter.api.Test;

class BackupInputTest {
  private static final ClusterSnapshot CLUSTER =
      new ClusterSnapshot(
          new ClusterRef("east", "openbao", "dev", "uid-1"), 3, new OpenBaoClusterSpec());
  private static final String BASE = "b/east/openbao/dev/20261123T030000Z-manual-r1";

  @Test
  void itRoundTripsAsATemporalPayloadAndNamesBothKeys() {
    BackupInput input =
        new BackupInput(CLUSTER, BASE, 1_795_000_000_000L, BackupReason.MANUAL, "r1");
    var converter = BaoFlowDataConverter.get();

    BackupInput read =
        converter.fromPayload(
            converter.toPayload(input).orElseThrow(), BackupInput.class, BackupInput.class);

    assertThat(read.objectKeyBase()).isEqualTo(BASE);
    assertThat(read.reason()).isEqualTo(BackupReason.MANUAL);
    assertThat(read.requestId()).isEqualTo("r1");
    assertThat(read.nowMillis()).isEqualTo(1_795_000_000_000L);
    assertThat(read.keys().snapshot()).isEqualTo(BASE + ".snap");
    assertThat(read.keys().manifest()).isEqualTo(BASE + ".json");
  }

  @Test
  void aManualBackupNeedsItsRequestId() {
    assertThatThrownBy(() -> new BackupInput(CLUSTER, BASE, 0, BackupReason.MANUAL, null))
        .hasMessageContaining("request id");
    assertThat(new BackupInput(CLUSTER, BASE, 0, BackupReason.SCHEDULED, null).requestId())
        .isNull();
  }
}
