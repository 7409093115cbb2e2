package org.baoflow.worker;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.testserver.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.baoflow.workflows.BaoFlowDataConverter;

/**
 * The SDK's Temporal test server on a free loopback port (real time, no skipping), with a client of
 * its own, as a user or the watcher would have.
 */
public final class PortBoundTemporal implements AutoCloseable {
  private final TestServer.PortBoundTestServer server;
  private final String address;
  private final WorkflowServiceStubs stubs;
  private final WorkflowClient client;

  public PortBoundTemporal() {
    int port = freePort();
    server = TestServer.createPortBoundServer(port);
    address = "127.0.0.1:" + port;
    stubs =
        WorkflowServiceStubs.newConnectedServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(address).build(),
            Duration.ofSeconds(10));
    client =
        WorkflowClient.newInstance(
            stubs,
            WorkflowClientOptions.newBuilder()
                .setNamespace("default")
                .setDataConverter(BaoFlowDataConverter.get())
                .build());
  }

  public String address() {
    return address;
  }

  public WorkflowClient client() {
    return client;
  }

  @Override
  public void close() {
    stubs.shutdown();
    stubs.awaitTermination(5, TimeUnit.SECONDS);
    server.close();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
