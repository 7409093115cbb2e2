package org.baoflow.activities.kube.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.List;
import org.baoflow.api.v1alpha1.OpenBaoCluster;
import org.baoflow.api.v1alpha1.SelfInitRequest;
import org.baoflow.lane.sim.hcl.HclBody;
import org.baoflow.lane.sim.hcl.HclParser;
import org.junit.jupiter.api.Test;

class AuditStanzasTest {
  @Test
  void auditDevicesBecomeConfigStanzasWithTheOptionsOfTheirType() {
    HclBody config =
        config(
            """
            - name: audit-file
              operation: update
              path: sys/audit/file
              auditDevice:
                type: file
                description: To stdout
                fileOptions: {filePath: stdout, mode: "0600"}
                syslogOptions: {tag: ignored}
            - name: audit-http
              operation: update
              path: sys/audit/http
              auditDevice:
                type: http
                httpOptions:
                  uri: https://audit.example/ingest
                  headers: {X-Token: "file:///etc/audit/token", Accept: application/json}
            - name: audit-socket
              operation: update
              path: sys/audit/socket
              auditDevice:
                type: socket
                socketOptions: {address: "127.0.0.1:9090", socketType: tcp, writeTimeout: 2s}
            - name: audit-syslog
              operation: update
              path: sys/audit/syslog
              auditDevice:
                type: syslog
                syslogOptions: {facility: AUTH, tag: openbao}
            """);

    assertThat(config.block("audit", "file", "file").block("options").keys())
        .containsExactly("file_path", "mode");
    assertThat(config.block("audit", "file", "file").string("description")).isEqualTo("To stdout");
    assertThat(config.block("audit", "http", "http").block("options").string("headers"))
        .isEqualTo("{\"Accept\":[\"application/json\"],\"X-Token\":[\"file:///etc/audit/token\"]}");
    assertThat(config.block("audit", "socket", "socket").block("options").keys())
        .containsExactly("address", "socket_type", "write_timeout");
    assertThat(config.block("audit", "syslog", "syslog").block("options").string("facility"))
        .isEqualTo("AUTH");
  }

  @Test
  void theDevicePathComesFromTheRequestPathOrName() {
    SelfInitRequest byPath = new SelfInitRequest();
    byPath.setName("audit-file");
    byPath.setPath("sys/audit/to-stdout");
    SelfInitRequest byName = new SelfInitRequest();
    byName.setName("audit-file");
    byName.setPath("sys/audit/");

    assertThat(AuditStanzas.path(byPath)).isEqualTo("to-stdout");
    assertThat(AuditStanzas.path(byName)).isEqualTo("audit-file");
  }

  @Test
  void noStanzaWithoutSelfInit() {
    ClusterModel model =
        BootstrapScenarios.model(
            "hardened-transit",
            (OpenBaoCluster cluster) -> {
              cluster.getSpec().getSelfInit().setEnabled(false);
              cluster.getSpec().getSelfInit().setRequests(List.of(auditRequest()));
            });

    assertThat(
            HclParser.parse(ConfigHclRenderer.render(model, ConfigRevision.unrevisioned()))
                .blocks("audit"))
        .isEmpty();
  }

  private static SelfInitRequest auditRequest() {
    return new KubernetesSerialization()
        .unmarshal(
            """
            name: audit-file
            operation: update
            path: sys/audit/file
            auditDevice: {type: file, fileOptions: {filePath: stdout}}
            """,
            SelfInitRequest.class);
  }

  private static HclBody config(String yaml) {
    List<SelfInitRequest> requests =
        List.of(new KubernetesSerialization().unmarshal(yaml, SelfInitRequest[].class));
    ClusterModel model =
        BootstrapScenarios.model(
            "hardened-transit",
            (OpenBaoCluster cluster) -> cluster.getSpec().getSelfInit().setRequests(requests));
    return HclParser.parse(ConfigHclRenderer.render(model, ConfigRevision.unrevisioned()));
  }
}
