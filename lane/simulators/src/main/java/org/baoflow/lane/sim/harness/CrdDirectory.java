package org.baoflow.lane.sim.harness;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the repository's {@code deploy/crds} from wherever a test runs: Maven runs each module's
 * tests in the module's directory, which sits one or two levels below the repository root.
 */
final class CrdDirectory {
  private static final Path RELATIVE = Path.of("deploy", "crds");

  private CrdDirectory() {}

  /** {@code deploy/crds} in {@code start} or the nearest of its parents that has one. */
  static Path findFrom(Path start) {
    for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(RELATIVE);
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "no " + RELATIVE + " in " + start.toAbsolutePath() + " or any parent directory");
  }
}
