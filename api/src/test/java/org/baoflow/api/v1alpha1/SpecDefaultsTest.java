package org.baoflow.api.v1alpha1;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpecDefaultsTest {
  @Test
  void fillsMissingFieldsOfObjectsThatExist() {
    OpenBaoClusterSpec spec = new OpenBaoClusterSpec();
    spec.setTls(new TlsSpec());
    spec.setBackup(new BackupSpec());
    spec.getBackup().setTarget(new BackupTarget());

    SpecDefaults.apply(spec);

    assertThat(spec.getReplicas()).isEqualTo(3);
    assertThat(spec.getDeletionPolicy()).isEqualTo(DeletionPolicy.RETAIN);
    assertThat(spec.getTls().getMode()).isEqualTo(TlsMode.OPERATOR_MANAGED);
    assertThat(spec.getTls().getEnabled()).isTrue();
    assertThat(spec.getBackup().getTarget().getPartSize()).isEqualTo(10_485_760L);
    assertThat(spec.getBackup().getTarget().getConcurrency()).isEqualTo(3);
    assertThat(spec.getUnseal()).as("absent objects stay absent, as on the API server").isNull();
  }

  @Test
  void keepsValuesThatAreSet() {
    OpenBaoClusterSpec spec = new OpenBaoClusterSpec();
    spec.setReplicas(5);
    spec.setDeletionPolicy(DeletionPolicy.DELETE_ALL);

    SpecDefaults.apply(spec);

    assertThat(spec.getReplicas()).isEqualTo(5);
    assertThat(spec.getDeletionPolicy()).isEqualTo(DeletionPolicy.DELETE_ALL);
  }

  @Test
  void recursesIntoListItems() {
    SelfInitSpec selfInit = new SelfInitSpec();
    SelfInitRequest request = new SelfInitRequest();
    request.setAuditDevice(new AuditDeviceRequest());
    selfInit.setRequests(List.of(request));
    OpenBaoClusterSpec spec = new OpenBaoClusterSpec();
    spec.setSelfInit(selfInit);
    spec.setGateway(new GatewaySpec());
    spec.getGateway().setBackendTLS(new BackendTlsSpec());

    SpecDefaults.apply(spec);

    assertThat(spec.getSelfInit().getEnabled()).isFalse();
    assertThat(spec.getGateway().getPath()).isEqualTo("/");
    assertThat(spec.getGateway().getBackendTLS().getEnabled()).isTrue();
  }
}
