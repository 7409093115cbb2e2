package org.baoflow.activities.openbao;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The token of a projected ServiceAccount token volume, read again on every call because the
 * kubelet rotates the file: how the worker in Kubernetes logs in, with a volume projecting a token
 * for audience {@code openbao-internal}.
 */
public final class ProjectedTokenFile implements ServiceAccountTokens {
  private final Path file;

  /** Tokens read from {@code file}. */
  public ProjectedTokenFile(Path file) {
    this.file = Objects.requireNonNull(file, "file");
  }

  @Override
  public String token() {
    String token;
    try {
      token = Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the projected token file " + file, e);
    }
    if (token.isEmpty()) {
      throw new IllegalStateException("the projected token file " + file + " is empty");
    }
    return token;
  }

  @Override
  public String toString() {
    return "ProjectedTokenFile[" + file + "]";
  }
}
