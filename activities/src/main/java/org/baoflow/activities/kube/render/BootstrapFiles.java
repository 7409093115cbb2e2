package org.baoflow.activities.kube.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * The files a revision's pods read at start.
 *
 * @param configTemplate config.hcl with pod-identity placeholders
 * @param entrypoint the entrypoint script
 * @param selfInit the self-init stanzas, only while a self-initializing cluster is bootstrapped by
 *     a revision that forms it
 */
public record BootstrapFiles(String configTemplate, String entrypoint, Optional<String> selfInit) {

  public BootstrapFiles {
    Objects.requireNonNull(configTemplate, "configTemplate");
    Objects.requireNonNull(entrypoint, "entrypoint");
    Objects.requireNonNull(selfInit, "selfInit");
  }

  /**
   * Renders the files of {@code revision}.
   *
   * @param bootstrapping the cluster is still being initialized; afterwards no self-init stanzas
   *     are rendered, so a pod 0 that loses its volume cannot initialize a second, empty cluster
   */
  public static BootstrapFiles render(
      ClusterModel model, Platform platform, ConfigRevision revision, boolean bootstrapping) {
    return new BootstrapFiles(
        ConfigHclRenderer.render(model, revision),
        EntrypointRenderer.render(),
        bootstrapping ? SelfInitRenderer.render(model, platform, revision) : Optional.empty());
  }

  /**
   * SHA-256 (hex) over the config template, the entrypoint and the self-init stanzas, in that
   * order, each prefixed with its name and length so no two sets of files hash alike. The pod
   * template carries it as {@link Labels#CONFIG_HASH}, so a change rolls the pods.
   */
  public String configHash() {
    MessageDigest digest = sha256();
    update(digest, "config.hcl", configTemplate);
    update(digest, "entrypoint.sh", entrypoint);
    update(digest, "self-init.hcl", selfInit.orElse(""));
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void update(MessageDigest digest, String name, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    digest.update((name + ":" + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
    digest.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
