package org.baoflow.lane;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The install manifests of {@code deploy/}: every document of every file its kustomization.yaml
 * lists, parsed into fabric8's model classes (a document that does not parse fails the test).
 */
final class DeployManifests {
  static final Path DEPLOY = Path.of("../../deploy");

  private static final KubernetesSerialization YAML = new KubernetesSerialization();

  private DeployManifests() {}

  /** The files {@code deploy/kustomization.yaml} lists under {@code resources}. */
  static List<Path> files() {
    GenericKubernetesResource kustomization =
        YAML.unmarshal(read(DEPLOY.resolve("kustomization.yaml")), GenericKubernetesResource.class);
    Object resources = kustomization.getAdditionalProperties().get("resources");
    if (!(resources instanceof List<?> listed)) {
      throw new IllegalStateException("deploy/kustomization.yaml lists no resources");
    }
    return listed.stream().map(entry -> DEPLOY.resolve(String.valueOf(entry))).toList();
  }

  /** Every object the kustomization installs, file by file. */
  static List<HasMetadata> objects() {
    List<HasMetadata> objects = new ArrayList<>();
    for (Path file : files()) {
      objects.addAll(objects(file));
    }
    return objects;
  }

  /** The objects of one manifest file. */
  static List<HasMetadata> objects(Path file) {
    return Arrays.stream(read(file).split("(?m)^---\\s*$"))
        .filter(document -> document.lines().anyMatch(line -> line.startsWith("kind:")))
        .map(document -> (HasMetadata) YAML.unmarshal(document))
        .toList();
  }

  /** The one object of {@code type} named {@code name}. */
  static <T extends HasMetadata> T object(Class<T> type, String name) {
    return objects().stream()
        .filter(type::isInstance)
        .map(type::cast)
        .filter(object -> object.getMetadata().getName().equals(name))
        .reduce(
            (a, b) -> {
              throw new IllegalStateException("two " + type.getSimpleName() + "s named " + name);
            })
        .orElseThrow(
            () -> new IllegalStateException("no " + type.getSimpleName() + " named " + name));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
