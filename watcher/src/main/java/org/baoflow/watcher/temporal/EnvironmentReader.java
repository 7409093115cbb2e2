package org.baoflow.watcher.temporal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads typed settings from environment variables and collects what is wrong instead of stopping at
 * the first problem. Blank values count as unset, as they do in Kubernetes manifests that list a
 * variable without a value.
 */
public final class EnvironmentReader {
  private final Map<String, String> environment;
  private final List<String> problems = new ArrayList<>();

  public EnvironmentReader(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  public Optional<String> optional(String variable) {
    String value = environment.get(variable);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  public String string(String variable, String defaultValue) {
    return optional(variable).orElse(defaultValue);
  }

  /** A TCP port, 0 meaning "any free port". */
  public int port(String variable, int defaultValue) {
    Optional<String> value = optional(variable);
    if (value.isEmpty()) {
      return defaultValue;
    }
    try {
      int port = Integer.parseInt(value.get());
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below with the fix
    }
    problem(variable + " must be a port number from 0 to 65535, got '" + value.get() + "'");
    return defaultValue;
  }

  /** A whole number of seconds, at least 1. */
  public long seconds(String variable, long defaultValue) {
    Optional<String> value = optional(variable);
    if (value.isEmpty()) {
      return defaultValue;
    }
    try {
      long seconds = Long.parseLong(value.get());
      if (seconds >= 1) {
        return seconds;
      }
    } catch (NumberFormatException e) {
      // reported below with the fix
    }
    problem(variable + " must be a whole number of seconds, 1 or more, got '" + value.get() + "'");
    return defaultValue;
  }

  /** A file that must exist and be readable when the variable is set. */
  public Optional<Path> readableFile(String variable) {
    Optional<String> value = optional(variable);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      Path path = Path.of(value.get());
      if (Files.isRegularFile(path) && Files.isReadable(path)) {
        return Optional.of(path);
      }
      problem(
          variable + " names " + path + ", which is not a readable file: fix the path or mount");
    } catch (InvalidPathException e) {
      problem(variable + " is not a valid file path: '" + value.get() + "'");
    }
    return Optional.empty();
  }

  public void problem(String problem) {
    problems.add(problem);
  }

  /** Throws {@link ConfigurationException} listing every problem found so far, if any. */
  public void throwIfInvalid() {
    if (!problems.isEmpty()) {
      throw new ConfigurationException(problems);
    }
  }
}
