package org.baoflow.api.cel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;

/** The generated CRDs of this module (in target/classes), each loaded once per test JVM. */
public final class Crds {
  private static final CrdCelHarness CLUSTERS = load("openbaoclusters.openbao.org-v1.yml");
  private static final CrdCelHarness RESTORES = load("openbaorestores.openbao.org-v1.yml");

  private Crds() {}

  public static CrdCelHarness clusters() {
    return CLUSTERS;
  }

  public static CrdCelHarness restores() {
    return RESTORES;
  }

  /** The harness of a resource's kind. */
  public static CrdCelHarness forResource(Map<String, Object> resource) {
    return switch (String.valueOf(resource.get("kind"))) {
      case "OpenBaoCluster" -> CLUSTERS;
      case "OpenBaoRestore" -> RESTORES;
      default -> throw new IllegalArgumentException("not a BaoFlow resource: " + resource);
    };
  }

  /** The path of a generated CRD file. */
  public static Path file(String name) {
    try {
      return Path.of(Crds.class.getResource("/META-INF/fabric8/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("CRD " + name + " not generated", e);
    }
  }

  private static CrdCelHarness load(String name) {
    try {
      return CrdCelHarness.load(file(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
