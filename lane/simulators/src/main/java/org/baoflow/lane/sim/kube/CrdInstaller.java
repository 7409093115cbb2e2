package org.baoflow.lane.sim.kube;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Creates every CustomResourceDefinition found in a directory's {@code *.yml}/{@code *.yaml} files,
 * through the same dispatcher the API serves, so the store learns each CRD's scope and
 * subresources.
 */
final class CrdInstaller {
  private static final String CRD_COLLECTION =
      "/apis/apiextensions.k8s.io/v1/customresourcedefinitions";

  private final KubernetesSerialization serialization = new KubernetesSerialization();
  private final Dispatcher dispatcher;

  CrdInstaller(Dispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  /** Installs the CRDs; returns their file names, and fails if one is refused. */
  List<Path> install(Path directory) {
    List<Path> files = crdFiles(directory);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no CRD files (*.yml, *.yaml) in " + directory);
    }
    files.forEach(this::installOne);
    return files;
  }

  private void installOne(Path file) {
    String json = serialization.convertToJson(read(file));
    MockResponse response =
        dispatcher.dispatch(InternalRequest.json(HttpMethod.POST, CRD_COLLECTION, json));
    if (response.code() / 100 != 2) {
      throw new IllegalStateException(
          "CRD " + file.getFileName() + " refused with HTTP " + response.code());
    }
  }

  private static List<Path> crdFiles(Path directory) {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries
          .filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list CRDs in " + directory, e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read CRD " + file, e);
    }
  }
}
