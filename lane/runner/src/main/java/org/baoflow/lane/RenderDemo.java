package org.baoflow.lane;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.baoflow.activities.kube.render.ClusterModel;
import org.baoflow.api.v1alpha1.OpenBaoCluster;
import org.baoflow.api.v1alpha1.SealType;
import org.baoflow.api.validation.BaoFlowValidator;
import org.baoflow.api.validation.ValidationResult;

/**
 * The README's main job until the lane demo lands: validates a cluster resource file, renders every
 * Kubernetes resource BaoFlow would apply for it (with a freshly issued CA and server certificate
 * and a fresh static seal key) and prints them as YAML. Secret values are never printed.
 */
public final class RenderDemo {
  private static final KubernetesSerialization YAML = new KubernetesSerialization();

  private RenderDemo() {}

  /** Renders the cluster resource file given as the only argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: RenderDemo <OpenBaoCluster YAML file>");
      System.exit(2);
    }
    System.exit(run(Path.of(args[0]), System.out, System.err, Instant.now()));
  }

  /** Renders {@code file} to {@code out}; returns the exit code (0, or 1 for an invalid spec). */
  static int run(Path file, PrintStream out, PrintStream err, Instant now) throws IOException {
    OpenBaoCluster cluster =
        YAML.unmarshal(Files.readString(file, StandardCharsets.UTF_8), OpenBaoCluster.class);
    ValidationResult validation = BaoFlowValidator.validate(cluster);
    if (!validation.valid()) {
      err.println(file + " is not a valid OpenBaoCluster:");
      validation.messages().forEach(message -> err.println("  - " + message));
      return 1;
    }
    validation
        .unsupportedFields()
        .forEach(field -> err.println("accepted but not implemented yet: " + field));
    if (cluster.getMetadata().getUid() == null) {
      // The API server assigns the uid; a stable stand-in keeps the owner references readable.
      cluster
          .getMetadata()
          .setUid(
              UUID.nameUUIDFromBytes(
                      (cluster.getMetadata().getNamespace() + "/" + cluster.getMetadata().getName())
                          .getBytes(StandardCharsets.UTF_8))
                  .toString());
    }
    out.print(header(file, cluster));
    render(ClusterModel.from(cluster), now).stream().map(YAML::asYaml).forEach(out::print);
    return 0;
  }

  /** Every resource of the cluster at its full size, secrets redacted. */
  static List<HasMetadata> render(ClusterModel model, Instant now) {
    return ClusterResources.render(model, now, staticSealKey(model)).resources().stream()
        .map(RenderDemo::redacted)
        .toList();
  }

  private static byte[] staticSealKey(ClusterModel model) {
    if (model.spec().getUnseal() != null && model.spec().getUnseal().getType() != SealType.STATIC) {
      return null;
    }
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }

  /** A Secret with every value replaced by a note of its size; other resources unchanged. */
  private static HasMetadata redacted(HasMetadata resource) {
    if (!(resource instanceof Secret secret) || secret.getData() == null) {
      return resource;
    }
    Map<String, String> notes = new TreeMap<>();
    secret
        .getData()
        .forEach(
            (key, value) ->
                notes.put(
                    key,
                    "<"
                        + java.util.Base64.getDecoder().decode(value).length
                        + " bytes, not shown>"));
    return new SecretBuilder(secret).withData(null).withStringData(notes).build();
  }

  private static String header(Path file, OpenBaoCluster cluster) {
    return "# Resources BaoFlow renders for OpenBaoCluster "
        + cluster.getMetadata().getNamespace()
        + "/"
        + cluster.getMetadata().getName()
        + " ("
        + file.getFileName()
        + "), in apply order.\n"
        + "# The CA, server certificate and static seal key were generated for this run; Secret\n"
        + "# values are not shown. The bootstrap workflow starts the StatefulSet at 1 replica.\n";
  }
}
