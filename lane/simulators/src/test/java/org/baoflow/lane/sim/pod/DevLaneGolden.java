package org.baoflow.lane.sim.pod;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The renderer's dev-lane golden resources (its real output for the Development sample), put into a
 * namespace of the test's choosing with the Secrets they refer to that BaoFlow does not render.
 */
final class DevLaneGolden {
  static final Path DIRECTORY = Path.of("../../activities/src/test/resources/golden/dev-lane");
  static final String DEMO_PASSWORD = "demo-password-for-the-lane";
  static final String UNSEAL_KEY_BASE64 = "oKGio6SlpqeoqaqrrK2ur7CxsrO0tba3uLm6u7y9vr8=";

  private DevLaneGolden() {}

  /** Every golden object, moved to {@code namespace}. */
  static List<HasMetadata> objects(KubernetesClient client, String namespace) {
    List<HasMetadata> objects = new ArrayList<>();
    for (String file :
        List.of("identity.yaml", "bootstrap-resources.yaml", "networking.yaml", "workload.yaml")) {
      try (InputStream in = Files.newInputStream(DIRECTORY.resolve(file))) {
        for (HasMetadata object : client.load(in).items()) {
          object.getMetadata().setNamespace(namespace);
          // The owner, an OpenBaoCluster, is not part of these tests.
          object.getMetadata().setOwnerReferences(null);
          // The golden workload mounts the revision's ConfigMap; the bootstrap golden is rendered
          // without a revision.
          if ("ConfigMap".equals(object.getKind())
              && "dev-config".equals(object.getMetadata().getName())) {
            object.getMetadata().setName("dev-config-r1");
          }
          objects.add(object);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return objects;
  }

  /** Creates the golden objects in {@code namespace}, the StatefulSet changed by {@code edit}. */
  static void apply(
      KubernetesClient client, String namespace, TestTls tls, UnaryOperator<StatefulSet> edit) {
    createSecrets(client, namespace, tls);
    for (HasMetadata object : objects(client, namespace)) {
      HasMetadata applied = object instanceof StatefulSet set ? edit.apply(set) : object;
      client.resource(applied).create();
    }
  }

  /** The Secrets the workload refers to: the server TLS, the static unseal key, the demo login. */
  static void createSecrets(KubernetesClient client, String namespace, TestTls tls) {
    client
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName("dev-tls-server")
                .withNamespace(namespace)
                .endMetadata()
                .addToStringData("tls.crt", tls.certificatePem())
                .addToStringData("tls.key", tls.keyPem())
                .addToStringData("ca.crt", tls.certificatePem())
                .build())
        .create();
    client
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName("dev-demo-login")
                .withNamespace(namespace)
                .endMetadata()
                .addToStringData("password", DEMO_PASSWORD)
                .build())
        .create();
  }
}
