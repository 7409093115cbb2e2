package org.baoflow.lane.sim.pod;

import io.fabric8.kubernetes.api.model.Container;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a container's command and arguments with the host's real shell until it execs {@code bao
 * server}, and reports the configuration file it was given. The lane has no chroot: mount paths in
 * the arguments and in the files they name are moved onto the host directories behind them ({@link
 * PathRelocation}), and a stand-in {@code bao} first on {@code PATH} records its arguments and
 * exits. Whatever the script does on the way (templating, conditions on the pod's name) happens as
 * written.
 */
final class Entrypoint {
  /** Where a process finds the usual tools, after the stand-in {@code bao}. */
  private static final String SYSTEM_PATH =
      "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

  private static final String ARGUMENTS_FILE = "bao-arguments";

  private final MountTable mounts;
  private final Path runDirectory;
  private final Duration timeout;

  /**
   * @param runDirectory a directory of the pod's own for the stand-in, the relocated scripts and
   *     the log; outside every mount
   * @param timeout how long the command may take before it is killed
   */
  Entrypoint(MountTable mounts, Path runDirectory, Duration timeout) {
    this.mounts = mounts;
    this.runDirectory = runDirectory;
    this.timeout = timeout;
  }

  /**
   * Runs the container's command and returns the container path of the configuration it handed to
   * {@code bao server}.
   *
   * @throws ContainerStartException when the command fails, does not exec {@code bao server}, or
   *     execs it with arguments the lane does not run
   */
  String run(Container container, Map<String, String> env) {
    List<String> argv = new ArrayList<>();
    if (container.getCommand() != null) {
      container.getCommand().forEach(a -> argv.add(DependentExpansion.expand(a, env)));
    }
    if (container.getArgs() != null) {
      container.getArgs().forEach(a -> argv.add(DependentExpansion.expand(a, env)));
    }
    if (argv.isEmpty()) {
      throw new ContainerStartException(
          "the lane runs only containers with a command: the image's entrypoint is not known");
    }
    try {
      Path bin = Files.createDirectories(runDirectory.resolve("bin"));
      Path arguments = runDirectory.resolve(ARGUMENTS_FILE);
      Files.deleteIfExists(arguments);
      writeStandIn(bin.resolve("bao"), arguments);
      List<String> relocated = relocate(argv);
      ProcessBuilder builder = new ProcessBuilder(relocated);
      builder.environment().clear();
      builder.environment().putAll(env);
      builder.environment().put("PATH", bin + ":" + SYSTEM_PATH);
      builder.directory(workingDirectory(container).toFile());
      Path log = runDirectory.resolve("entrypoint.log");
      builder.redirectErrorStream(true).redirectOutput(log.toFile());
      int exit = await(builder.start());
      if (exit != 0) {
        throw new ContainerStartException(
            "the entrypoint exited with code " + exit + lastLine(Files.readString(log)));
      }
      if (!Files.exists(arguments)) {
        throw new ContainerStartException("the entrypoint exited without starting bao server");
      }
      return configPath(Files.readString(arguments, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run the entrypoint", e);
    }
  }

  private static void writeStandIn(Path bao, Path arguments) throws IOException {
    Files.writeString(
        bao,
        "#!/bin/sh\n"
            + "# The lane's stand-in for the image's bao: records how it was run.\n"
            + "printf '%s\\0' \"$@\" > '"
            + arguments
            + "'\n");
    Files.setPosixFilePermissions(bao, HostFiles.permissions(0755));
  }

  /**
   * The arguments with mount paths on the host; an argument naming a file on a mount (the
   * entrypoint script) is replaced by a relocated copy, so the mount itself stays as written.
   */
  private List<String> relocate(List<String> argv) throws IOException {
    PathRelocation relocation = new PathRelocation(mounts);
    List<String> relocated = new ArrayList<>();
    for (int i = 0; i < argv.size(); i++) {
      String argument = relocation.relocate(argv.get(i));
      Path file = Path.of(argument);
      if (!argument.equals(argv.get(i))
          && file.isAbsolute()
          && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        byte[] content = Files.readAllBytes(file);
        if (!isBinary(content)) {
          Path copy = runDirectory.resolve("argument-" + i + "-" + file.getFileName());
          Files.deleteIfExists(copy);
          Files.writeString(copy, relocation.relocate(new String(content, StandardCharsets.UTF_8)));
          Files.setPosixFilePermissions(copy, HostFiles.permissions(0755));
          argument = copy.toString();
        }
      }
      relocated.add(argument);
    }
    return relocated;
  }

  private Path workingDirectory(Container container) {
    String dir = container.getWorkingDir();
    if (dir == null || dir.isEmpty()) {
      return runDirectory;
    }
    return mounts.hostPath(dir).filter(Files::isDirectory).orElse(runDirectory);
  }

  private int await(Process process) {
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new ContainerStartException(
            "the entrypoint did not exec bao server within " + timeout.toSeconds() + " s");
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new ContainerStartException("interrupted while the entrypoint ran", e);
    }
  }

  /** The container path of {@code bao server -config=...}'s file. */
  private String configPath(String recorded) {
    List<String> arguments = Arrays.asList(recorded.split("\0", -1));
    arguments = arguments.subList(0, Math.max(0, arguments.size() - 1));
    if (arguments.isEmpty() || !"server".equals(arguments.get(0))) {
      throw new ContainerStartException(
          "the entrypoint ran bao without the server command: " + String.join(" ", arguments));
    }
    List<String> configs = new ArrayList<>();
    for (int i = 1; i < arguments.size(); i++) {
      String argument = arguments.get(i).replaceFirst("^--", "-");
      if (argument.startsWith("-config=")) {
        configs.add(argument.substring("-config=".length()));
      } else if ("-config".equals(argument) && i + 1 < arguments.size()) {
        configs.add(arguments.get(++i));
      } else {
        throw new ContainerStartException(
            "bao server " + arguments.get(i) + " is not supported by the lane");
      }
    }
    if (configs.size() != 1) {
      throw new ContainerStartException(
          "the lane runs bao server with exactly one -config file, not " + configs.size());
    }
    String config = configs.get(0);
    Path host = Path.of(config);
    return host.isAbsolute() ? mounts.containerPath(host).orElse(config) : config;
  }

  /** The log's last line with host paths turned back into container paths, after a colon. */
  private String lastLine(String log) {
    String[] lines = log.strip().split("\n");
    String last = lines[lines.length - 1].strip();
    if (last.isEmpty()) {
      return "";
    }
    List<Mount> byHostLength =
        mounts.mounts().stream()
            .sorted(
                Comparator.comparingInt((Mount m) -> m.hostPath().toString().length()).reversed())
            .toList();
    for (Mount mount : byHostLength) {
      last = last.replace(mount.hostPath().toString(), mount.containerPath());
    }
    return ": " + last;
  }

  private static boolean isBinary(byte[] content) {
    for (byte b : content) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }
}
