package org.baoflow.activities.bao;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A snapshot that can be read from the start more than once: a restore redirected by a standby
 * (307) sends the body again.
 */
@FunctionalInterface
public interface SnapshotSource {

  /** A new stream over the whole snapshot; the caller closes it. */
  InputStream open() throws IOException;

  /** The snapshot in {@code file}. */
  static SnapshotSource ofFile(Path file) {
    return () -> Files.newInputStream(file);
  }
}
