package org.baoflow.activities.kube.render;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.baoflow.api.v1alpha1.OpenBaoCluster;

/** Inputs of the bootstrap renderer tests: the scenario clusters and fixed secrets. */
final class BootstrapScenarios {
  static final Platform PLATFORM =
      new Platform(
          "baoflow-system", "baoflow-worker", "https://kubernetes.default.svc.cluster.local");

  /** A fixed static seal key: bytes 0xa0..0xbf, easy to spot in any text. */
  static final byte[] UNSEAL_KEY = unsealKey();

  static final String CA_PEM =
      """
      -----BEGIN CERTIFICATE-----
      MIIBdzCCAR2gAwIBAgIUTESTONLYTESTONLYTESTONLYTESTONLwCgYIKoZIzj0EAwIw
      -----END CERTIFICATE-----
      """;

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  private BootstrapScenarios() {}

  /** The cluster of {@code src/test/resources/scenarios/<name>.yaml}. */
  static OpenBaoCluster cluster(String name) {
    try (InputStream in =
        BootstrapScenarios.class.getResourceAsStream("/scenarios/" + name + ".yaml")) {
      if (in == null) {
        throw new IllegalArgumentException("no scenario " + name);
      }
      return SERIALIZATION.unmarshal(
          new String(in.readAllBytes(), StandardCharsets.UTF_8), OpenBaoCluster.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ClusterModel model(String name) {
    return ClusterModel.from(cluster(name));
  }

  /** The model of a scenario after {@code change} edits its cluster. */
  static ClusterModel model(String name, Consumer<OpenBaoCluster> change) {
    OpenBaoCluster cluster = cluster(name);
    change.accept(cluster);
    return ClusterModel.from(cluster);
  }

  private static byte[] unsealKey() {
    byte[] key = new byte[32];
    IntStream.range(0, key.length).forEach(i -> key[i] = (byte) (0xa0 + i));
    return key;
  }
}
