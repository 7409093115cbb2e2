package org.baoflow.lane.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.baoflow.lane.sim.s3.RustFsSimulator;

/**
 * The child process {@link BenchServerProcess} starts: the lane's S3Proxy with its filesystem store
 * and the {@link GeneratedSnapshotServer} node, so that neither the objects nor the servers' own
 * buffers and garbage are on the benchmarked JVM's heap, as in a cluster, where the worker runs
 * apart from OpenBao and the object store.
 *
 * <p>Arguments: {@code <bucket> <seed>}. It creates the bucket, prints {@code key=value} lines
 * (endpoints, the S3 key pair, the node's CA in Base64, the store directory) and then {@value
 * #READY} on stdout, a pipe to the parent only. On stdin it takes {@code size <bytes>} lines, each
 * answered {@code size <bytes>} once the next snapshots have that size; when stdin closes it stops
 * and deletes the store.
 */
public final class BenchServers {

  static final String READY = "ready";
  static final String SIZE = "size ";

  private BenchServers() {}

  /** {@code <bucket> <seed>}. */
  public static void main(String[] args) throws IOException {
    System.setProperty("logback.configurationFile", "logback-lane.xml");
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: BenchServers <bucket> <seed>");
    }
    try (RustFsSimulator s3 = RustFsSimulator.onFilesystem();
        GeneratedSnapshotServer node = GeneratedSnapshotServer.start(Long.parseLong(args[1]))) {
      s3.createBucket(args[0]);
      PrintStream out = System.out;
      out.println("s3=" + s3.endpoint());
      out.println("accessKeyId=" + s3.credentials().accessKeyId());
      out.println("secretAccessKey=" + s3.credentials().secretAccessKey());
      out.println("store=" + s3.storeDirectory().orElseThrow());
      out.println("node=" + node.endpoint().address());
      out.println(
          "ca="
              + Base64.getEncoder().encodeToString(node.caPem().getBytes(StandardCharsets.UTF_8)));
      out.println(READY);
      out.flush();
      BufferedReader commands =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      // The parent closes our stdin when it is done, or dies and the pipe closes with it.
      for (String line = commands.readLine(); line != null; line = commands.readLine()) {
        if (line.startsWith(SIZE)) {
          node.snapshotSize(Long.parseLong(line.substring(SIZE.length()).trim()));
          out.println(line);
          out.flush();
        }
      }
    }
  }
}
