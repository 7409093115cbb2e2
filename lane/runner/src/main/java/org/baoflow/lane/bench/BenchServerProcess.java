package org.baoflow.lane.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.baoflow.activities.bao.BaoEndpoint;
import org.baoflow.activities.storage.S3AccessKey;

/**
 * {@link BenchServers} in a child JVM on the same java and class path: the benchmark's S3 endpoint
 * and simulated node. {@link #close()} ends it, which deletes its store directory.
 */
final class BenchServerProcess implements AutoCloseable {

  private static final String CHILD_HEAP = "-Xmx512m";
  private static final long STOP_SECONDS = 60;

  private final Process process;
  private final BufferedReader replies;
  private final Writer commands;
  private final Map<String, String> announced;

  private BenchServerProcess(
      Process process, BufferedReader replies, Map<String, String> announced) {
    this.process = process;
    this.replies = replies;
    this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    this.announced = announced;
  }

  /** Starts the child with {@code bucket} created and waits until it serves. */
  static BenchServerProcess start(String bucket, long seed) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    CHILD_HEAP,
                    "-cp",
                    System.getProperty("java.class.path"),
                    BenchServers.class.getName(),
                    bucket,
                    Long.toString(seed)))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    Map<String, String> announced = new HashMap<>();
    BufferedReader replies =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    for (String line = replies.readLine(); ; line = replies.readLine()) {
      if (line == null) {
        process.destroyForcibly();
        throw new IOException("the benchmark's server process ended before it was ready");
      }
      if (line.equals(BenchServers.READY)) {
        break;
      }
      int equals = line.indexOf('=');
      if (equals > 0) {
        announced.put(line.substring(0, equals), line.substring(equals + 1));
      }
    }
    return new BenchServerProcess(process, replies, announced);
  }

  /** S3Proxy's plain-HTTP endpoint. */
  URI s3Endpoint() {
    return URI.create(announced.get("s3"));
  }

  /** The only key pair S3Proxy accepts. */
  S3AccessKey s3Key() {
    return new S3AccessKey(announced.get("accessKeyId"), announced.get("secretAccessKey"));
  }

  /** The simulated node, with the DNS name its certificate carries. */
  BaoEndpoint node() {
    return new BaoEndpoint(URI.create(announced.get("node")), GeneratedSnapshotServer.POD_NAME);
  }

  /** The CA the node's certificate chains to. */
  String nodeCaPem() {
    return new String(Base64.getDecoder().decode(announced.get("ca")), StandardCharsets.UTF_8);
  }

  /** The child's process id, to find it in {@code top} or a profiler. */
  long pid() {
    return process.pid();
  }

  /** Makes the node's next snapshots {@code bytes} long; returns once the child took it. */
  void snapshotSize(long bytes) throws IOException {
    String command = BenchServers.SIZE + bytes;
    commands.write(command + "\n");
    commands.flush();
    String reply = replies.readLine();
    if (!command.equals(reply)) {
      throw new IOException("the server process answered '" + reply + "' to '" + command + "'");
    }
  }

  @Override
  public void close() throws IOException {
    commands.close();
    try {
      if (!process.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(STOP_SECONDS, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    // The child deletes its store on a clean stop; after a forced one, nothing else would.
    Path store = Path.of(announced.get("store"));
    if (Files.exists(store)) {
      try (Stream<Path> paths = Files.walk(store)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      }
    }
  }
}
