package org.baoflow.activities.kube.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.baoflow.activities.kube.render.CertificateSecretsRenderer.PemPair;
import org.junit.jupiter.api.Test;

class CertificateSecretsRendererTest {
  private static final PemPair CA = new PemPair("CA CERT", "CA KEY");
  private static final PemPair SERVER = new PemPair("SERVER CERT", "SERVER KEY");

  @Test
  void caSecretHoldsTheCaCertificateAndKey() {
    Secret ca = render().get(0);

    assertThat(ca.getMetadata().getName()).isEqualTo("dev-tls-ca");
    assertThat(decoded(ca, "ca.crt")).isEqualTo("CA CERT");
    assertThat(decoded(ca, "ca.key")).isEqualTo("CA KEY");
  }

  @Test
  void serverSecretHoldsWhatThePodMountsUnderTheLayoutKeys() {
    Secret server = render().get(1);

    assertThat(server.getMetadata().getName()).isEqualTo("dev-tls-server");
    assertThat(server.getType()).isEqualTo("kubernetes.io/tls");
    assertThat(server.getData())
        .containsOnlyKeys(PodLayout.TLS_CERT_KEY, PodLayout.TLS_KEY_KEY, PodLayout.TLS_CA_KEY);
    assertThat(decoded(server, PodLayout.TLS_CERT_KEY)).isEqualTo("SERVER CERT");
    assertThat(decoded(server, PodLayout.TLS_KEY_KEY)).isEqualTo("SERVER KEY");
    assertThat(decoded(server, PodLayout.TLS_CA_KEY)).isEqualTo("CA CERT");
  }

  @Test
  void bothAreOwnedByTheCluster() {
    assertThat(render())
        .allSatisfy(
            secret ->
                assertThat(secret.getMetadata().getOwnerReferences())
                    .extracting(owner -> owner.getName())
                    .containsExactly("dev"));
  }

  @Test
  void keysStayOutOfToString() {
    assertThat(SERVER.toString()).doesNotContain("SERVER KEY");
  }

  private static List<Secret> render() {
    return CertificateSecretsRenderer.render(Scenario.DEV_LANE.model(), CA, SERVER);
  }

  private static String decoded(Secret secret, String key) {
    return new String(
        Base64.getDecoder().decode(secret.getData().get(key)), StandardCharsets.UTF_8);
  }
}
