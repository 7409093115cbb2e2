package org.baoflow.activities.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServerSansTest {

  @Test
  void singleStatefulSetGetsFixedNamesServiceNamesAndEveryPod() {
    SubjectAltNames sans = ServerSans.compute(PkiFixtures.devWithReplicas(2));

    assertThat(sans.dnsNames())
        .containsExactly(
            "*.dev.default.svc",
            "*.dev.default.svc.cluster.local",
            "dev-0.dev.default.svc",
            "dev-0.dev.default.svc.cluster.local",
            "dev-1.dev.default.svc",
            "dev-1.dev.default.svc.cluster.local",
            "dev.default.svc",
            "dev.default.svc.cluster.local",
            "localhost",
            "openbao-cluster-dev.local");
    assertThat(sans.ipAddresses()).containsExactly("127.0.0.1");
  }

  @Test
  void blueGreenRevisionsAreAddressedThroughTheOneHeadlessService() {
    SanRequest request =
        new SanRequest(
            "dev",
            "prod",
            List.of(new SanRequest.PodSet("dev", 3), new SanRequest.PodSet("dev-1a2b3c4d", 2)),
            false,
            null,
            List.of(),
            List.of());

    List<String> dns = ServerSans.compute(request).dnsNames();

    assertThat(dns)
        .contains(
            "dev-2.dev.prod.svc",
            "dev-2.dev.prod.svc.cluster.local",
            "dev-1a2b3c4d-0.dev.prod.svc",
            "dev-1a2b3c4d-1.dev.prod.svc.cluster.local")
        .doesNotContain("dev-3.dev.prod.svc", "dev-1a2b3c4d-2.dev.prod.svc")
        .noneMatch(name -> name.contains(".dev-1a2b3c4d."));
    assertThat(dns.stream().filter(name -> name.startsWith("dev-1a2b3c4d-"))).hasSize(4);
  }

  @Test
  void exposedPublicServiceIsIncluded() {
    SanRequest request =
        new SanRequest(
            "dev",
            "default",
            List.of(new SanRequest.PodSet("dev", 1)),
            true,
            "dev-public",
            List.of(),
            List.of());

    assertThat(ServerSans.compute(request).dnsNames())
        .contains("dev-public.default.svc", "dev-public.default.svc.cluster.local");
    assertThat(PkiFixtures.DEV_SANS.dnsNames()).noneMatch(name -> name.startsWith("dev-public"));
  }

  @Test
  void edgeHostnamesAndExtraSansAreNormalisedAndSplitIntoDnsAndIp() {
    SanRequest request =
        new SanRequest(
            "dev",
            "default",
            List.of(),
            false,
            null,
            List.of("bao.example.com", "gw.example.com"),
            List.of(
                "Bao.Example.COM", " 10.0.0.7 ", "2001:DB8::1", "127.0.0.1", "", "vault.local"));

    SubjectAltNames sans = ServerSans.compute(request);

    assertThat(sans.dnsNames())
        .contains("bao.example.com", "gw.example.com", "vault.local")
        .doesNotHaveDuplicates()
        .isSorted()
        .noneMatch(String::isBlank);
    assertThat(sans.ipAddresses()).containsExactly("10.0.0.7", "127.0.0.1", "2001:db8:0:0:0:0:0:1");
  }

  @Test
  void outputDoesNotDependOnInputOrder() {
    SanRequest forward =
        new SanRequest(
            "dev",
            "default",
            List.of(new SanRequest.PodSet("dev", 2), new SanRequest.PodSet("dev-abc", 1)),
            false,
            null,
            List.of("a.example.com"),
            List.of("z.example.com", "10.0.0.1"));
    SanRequest reversed =
        new SanRequest(
            "dev",
            "default",
            List.of(new SanRequest.PodSet("dev-abc", 1), new SanRequest.PodSet("dev", 2)),
            false,
            null,
            List.of("z.example.com"),
            List.of("10.0.0.1", "a.example.com"));

    assertThat(ServerSans.compute(forward)).isEqualTo(ServerSans.compute(reversed));
  }

  @Test
  void requestRejectsMissingOrNegativeInputs() {
    assertThatThrownBy(
            () -> new SanRequest("dev", "default", List.of(), true, " ", List.of(), List.of()))
        .hasMessageContaining("publicServiceName");
    assertThatThrownBy(
            () -> new SanRequest("", "default", List.of(), false, null, List.of(), List.of()))
        .hasMessageContaining("cluster");
    assertThatThrownBy(() -> new SanRequest.PodSet("dev", -1)).hasMessageContaining("replicas");
  }
}
