package org.baoflow.workflows.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClusterWorkflowIdsTest {
  private final ClusterWorkflowIds ids = new ClusterWorkflowIds("east", "openbao", "dev");

  @Test
  void everyIdStartsWithTheClusterWorkflowIdAsTheArchitectureLists() {
    assertThat(ids.cluster()).isEqualTo("obao_east_openbao_dev");
    assertThat(ids.bootstrap()).isEqualTo("obao_east_openbao_dev_bootstrap");
    assertThat(ids.converge(7, 2)).isEqualTo("obao_east_openbao_dev_converge_7_2");
    assertThat(ids.upgrade("2.4.4", "0a1b2c3d"))
        .isEqualTo("obao_east_openbao_dev_upgrade_2.4.4_0a1b2c3d");
    assertThat(ids.scheduledBackup(Instant.parse("2026-11-22T06:00:00.123Z")))
        .isEqualTo("obao_east_openbao_dev_backup_20261122T060000Z");
    assertThat(ids.manualBackup("req-42")).isEqualTo("obao_east_openbao_dev_backup_manual_req-42");
    assertThat(ids.restore("from-dr", "3f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a5b"))
        .isEqualTo("obao_east_openbao_from-dr_restore_3f1e2d4c");
    assertThat(ids.delete()).isEqualTo("obao_east_openbao_dev_delete");
    assertThat(ids.searchAttribute()).isEqualTo("east/openbao/dev");
  }

  @Test
  void theSameClusterInTwoKubernetesClustersHasTwoIds() {
    assertThat(new ClusterWorkflowIds("west", "openbao", "dev").cluster())
        .isNotEqualTo(ids.cluster());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "req 1",
        "req/1",
        "-leading",
        "a_b\n",
        "this-request-id-is-far-too-long-to-fit-in-a-workflow-id-at-all-x"
      })
  void aRequestIdThatCannotBePartOfAnIdNamesTheAnnotation(String requestId) {
    assertThatThrownBy(() -> ids.manualBackup(requestId))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("annotation openbao.org/trigger-backup");
  }

  @Test
  void partsThatAreNoDnsNamesAreRefusedWithTheFieldToFix() {
    assertThatThrownBy(() -> new ClusterWorkflowIds("East_1", "openbao", "dev"))
        .hasMessageContaining("BAOFLOW_CLUSTER_NAME");
    assertThatThrownBy(() -> new ClusterWorkflowIds("east", "open_bao", "dev"))
        .hasMessageContaining("metadata.namespace");
    assertThatThrownBy(() -> new ClusterWorkflowIds("east", "openbao", "Dev"))
        .hasMessageContaining("metadata.name");
    assertThatThrownBy(() -> ids.upgrade("2.4.4", "XYZ")).hasMessageContaining("upgrade plan hash");
    assertThatThrownBy(() -> ids.converge(0, 1)).hasMessageContaining("generation");
    assertThatThrownBy(() -> ids.restore("from-dr", "abc")).hasMessageContaining("metadata.uid");
  }
}
