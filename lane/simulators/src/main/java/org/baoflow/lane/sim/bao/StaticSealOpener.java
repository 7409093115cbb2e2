package org.baoflow.lane.sim.bao;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import org.baoflow.lane.sim.bao.seal.AesGcm;
import org.baoflow.lane.sim.bao.seal.Seal;
import org.baoflow.lane.sim.bao.seal.SealOpener;
import org.baoflow.lane.sim.bao.seal.StaticKey;
import org.baoflow.lane.sim.bao.seal.StaticSeal;
import org.baoflow.lane.sim.node.SealConfig;

/**
 * Opens {@code seal "static"} stanzas as OpenBao does at startup: each key given literally or as
 * {@code file://<path>} (read through the container's mounts) or {@code env://<VAR>}, then read as
 * 64 hex digits, base64 of 32 bytes or 32 raw bytes. Other seal types go to the opener given.
 */
public final class StaticSealOpener implements SealOpener {

  /** Refuses every seal type but static, as a lane without a transit server must. */
  public static final SealOpener NO_OTHER_SEALS =
      (config, host) -> {
        throw new NodeStartException(
            "error parsing Seal configuration: seal type " + config.type() + " is not available");
      };

  private static final String FILE = "file://";
  private static final String ENV = "env://";

  private final SealOpener others;

  /** Opens static seals itself and hands every other type to {@code others}. */
  public StaticSealOpener(SealOpener others) {
    this.others = others;
  }

  @Override
  public Seal open(SealConfig config, NodeHost host) {
    if (!(config instanceof org.baoflow.lane.sim.node.StaticSeal stanza)) {
      return others.open(config, host);
    }
    StaticKey current = key(stanza.currentKeyId(), stanza.currentKey(), host);
    Optional<StaticKey> previous =
        stanza.previousKeyId().map(id -> key(id, stanza.previousKey().orElseThrow(), host));
    try {
      return new StaticSeal(current, previous);
    } catch (IllegalArgumentException e) {
      throw new NodeStartException("error parsing Seal configuration: " + e.getMessage(), e);
    }
  }

  private static StaticKey key(String id, String value, NodeHost host) {
    try {
      if (value.startsWith(FILE)) {
        byte[] content = readKeyFile(value.substring(FILE.length()), host);
        // A file of exactly 32 bytes is the raw key, whatever its bytes; text is trimmed.
        return content.length == AesGcm.KEY_BYTES
            ? new StaticKey(id, content)
            : StaticKey.parse(id, new String(content, StandardCharsets.UTF_8).strip());
      }
      if (value.startsWith(ENV)) {
        String variable = value.substring(ENV.length());
        return StaticKey.parse(
            id,
            host.env(variable)
                .orElseThrow(
                    () ->
                        new NodeStartException(
                            "error parsing Seal configuration: environment variable "
                                + variable
                                + " for static key "
                                + id
                                + " is not set")));
      }
      return StaticKey.parse(id, value);
    } catch (IllegalArgumentException e) {
      throw new NodeStartException("error parsing Seal configuration: " + e.getMessage(), e);
    }
  }

  private static byte[] readKeyFile(String path, NodeHost host) {
    try {
      return host.readFile(path);
    } catch (NoSuchFileException e) {
      throw new NodeStartException(
          "error parsing Seal configuration: open " + path + ": no such file or directory", e);
    } catch (IOException e) {
      throw new NodeStartException(
          "error parsing Seal configuration: open " + path + ": " + e.getMessage(), e);
    }
  }
}
