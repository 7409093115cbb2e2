package org.baoflow.lane.sim.temporal;

import io.temporal.api.testservice.v1.UnlockTimeSkippingRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.OperatorServiceStubs;
import io.temporal.serviceclient.OperatorServiceStubsOptions;
import io.temporal.serviceclient.TestServiceStubs;
import io.temporal.serviceclient.TestServiceStubsOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testserver.TestServer;
import io.temporal.worker.WorkerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The lane's Temporal, in one of three {@link TemporalMode modes}, with a {@link WorkflowClient} on
 * the {@code default} namespace (or the given one, for an external Temporal) and BaoFlow's search
 * attributes registered. Workers come from {@link #newWorkerFactory()}; {@link #close()} shuts them
 * down with the clients and any server it started.
 */
public final class LaneTemporal implements AutoCloseable {

  /** The environment variable that points the lane at a real Temporal ({@code host:port}). */
  public static final String ADDRESS_VARIABLE = "TEMPORAL_ADDRESS";

  private static final String DEFAULT_NAMESPACE = "default";
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  private final TemporalMode mode;
  private final Optional<String> address;
  private final String namespace;
  private final WorkflowServiceStubs serviceStubs;
  private final WorkflowClient client;
  private final Set<String> registeredSearchAttributes;
  private final List<AutoCloseable> resources;
  private final List<WorkerFactory> workerFactories = new ArrayList<>();

  private LaneTemporal(
      TemporalMode mode,
      Optional<String> address,
      String namespace,
      WorkflowServiceStubs serviceStubs,
      WorkflowClient client,
      Set<String> registeredSearchAttributes,
      List<AutoCloseable> resources) {
    this.mode = mode;
    this.address = address;
    this.namespace = namespace;
    this.serviceStubs = serviceStubs;
    this.client = client;
    this.registeredSearchAttributes = registeredSearchAttributes;
    this.resources = resources;
  }

  /**
   * A real Temporal when {@value #ADDRESS_VARIABLE} is set in {@code environment}, otherwise the
   * in-process test server with time skipping.
   */
  public static LaneTemporal fromEnvironment(Map<String, String> environment) {
    String address = environment.getOrDefault(ADDRESS_VARIABLE, "").strip();
    return address.isEmpty() ? inProcessTimeSkipping() : external(address, DEFAULT_NAMESPACE);
  }

  /**
   * A real Temporal when {@value #ADDRESS_VARIABLE} is set in {@code environment}, otherwise the
   * test server on a loopback port in real time.
   */
  public static LaneTemporal realTimeFromEnvironment(Map<String, String> environment) {
    String address = environment.getOrDefault(ADDRESS_VARIABLE, "").strip();
    return address.isEmpty() ? portBoundTestServer() : external(address, DEFAULT_NAMESPACE);
  }

  /** The SDK's test server in this JVM, skipping time while a client waits for a result. */
  public static LaneTemporal inProcessTimeSkipping() {
    TestWorkflowEnvironment environment = TestWorkflowEnvironment.newInstance();
    try {
      Set<String> added =
          LaneSearchAttributes.registerMissing(
              environment.getOperatorServiceStubs(), DEFAULT_NAMESPACE);
      return new LaneTemporal(
          TemporalMode.IN_PROCESS_TIME_SKIPPING,
          Optional.empty(),
          DEFAULT_NAMESPACE,
          environment.getWorkflowServiceStubs(),
          environment.getWorkflowClient(),
          added,
          List.of(environment::close));
    } catch (RuntimeException e) {
      environment.close();
      throw e;
    }
  }

  /**
   * The SDK's test server on a free loopback port. It starts in real time; {@link
   * #unlockTimeSkipping()} lets it skip timers whenever no workflow task is in flight.
   */
  public static LaneTemporal portBoundTestServer() {
    int port = freeLoopbackPort();
    TestServer.PortBoundTestServer server = TestServer.createPortBoundServer(port, true);
    String address = "127.0.0.1:" + port;
    try {
      Connection connection = Connection.open(address, DEFAULT_NAMESPACE);
      return new LaneTemporal(
          TemporalMode.PORT_BOUND_TEST_SERVER,
          Optional.of(address),
          DEFAULT_NAMESPACE,
          connection.stubs(),
          connection.client(),
          connection.registeredSearchAttributes(),
          List.of(connection::close, server::close));
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  /** A real Temporal at {@code address} ({@code host:port}); the lane starts nothing. */
  public static LaneTemporal external(String address, String namespace) {
    Connection connection = Connection.open(address, namespace);
    return new LaneTemporal(
        TemporalMode.EXTERNAL,
        Optional.of(address),
        namespace,
        connection.stubs(),
        connection.client(),
        connection.registeredSearchAttributes(),
        List.of(connection::close));
  }

  /**
   * Stubs and a client over gRPC to a Temporal at an address, with the search attributes
   * registered.
   */
  private record Connection(
      WorkflowServiceStubs stubs, WorkflowClient client, Set<String> registeredSearchAttributes) {

    static Connection open(String address, String namespace) {
      WorkflowServiceStubs stubs =
          WorkflowServiceStubs.newConnectedServiceStubs(
              WorkflowServiceStubsOptions.newBuilder().setTarget(address).build(), CONNECT_TIMEOUT);
      try {
        Set<String> added = registerOverChannel(stubs, namespace);
        WorkflowClient client =
            WorkflowClient.newInstance(
                stubs, WorkflowClientOptions.newBuilder().setNamespace(namespace).build());
        return new Connection(stubs, client, added);
      } catch (RuntimeException e) {
        stubs.shutdownNow();
        throw e;
      }
    }

    void close() {
      stubs.shutdown();
      stubs.awaitTermination(5, TimeUnit.SECONDS);
    }
  }

  private static Set<String> registerOverChannel(WorkflowServiceStubs stubs, String namespace) {
    // The operator stubs borrow the workflow stubs' channel, so the lane opens one connection per
    // Temporal.
    OperatorServiceStubs operator =
        OperatorServiceStubs.newServiceStubs(
            OperatorServiceStubsOptions.newBuilder()
                .setChannel(stubs.getRawChannel())
                .validateAndBuildWithDefaults());
    try {
      return LaneSearchAttributes.registerMissing(operator, namespace);
    } finally {
      operator.shutdown();
    }
  }

  private static int freeLoopbackPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free loopback port for the Temporal test server", e);
    }
  }

  /** Which Temporal this is. */
  public TemporalMode mode() {
    return mode;
  }

  /**
   * The {@code host:port} of the gRPC endpoint; empty for the in-process test server, which has
   * none.
   */
  public Optional<String> address() {
    return address;
  }

  /** The namespace of {@link #workflowClient()}. */
  public String namespace() {
    return namespace;
  }

  /** The gRPC stubs the client uses, for raw workflow-service calls. */
  public WorkflowServiceStubs serviceStubs() {
    return serviceStubs;
  }

  /** The client on {@link #namespace()}. */
  public WorkflowClient workflowClient() {
    return client;
  }

  /**
   * The search attributes this lane added at start; empty when the namespace already had them all.
   */
  public Set<String> registeredSearchAttributes() {
    return registeredSearchAttributes;
  }

  /**
   * A worker factory on {@link #workflowClient()}, shut down by {@link #close()}. Register workers
   * on it, then call {@link WorkerFactory#start()}.
   */
  public synchronized WorkerFactory newWorkerFactory() {
    WorkerFactory factory = WorkerFactory.newInstance(client);
    workerFactories.add(factory);
    return factory;
  }

  /**
   * Lets the port-bound test server skip time from now on whenever no workflow task is in flight
   * (it starts locked, in real time).
   *
   * @throws IllegalStateException in any other mode: the in-process server skips time by itself,
   *     and a real Temporal cannot
   */
  public void unlockTimeSkipping() {
    if (mode != TemporalMode.PORT_BOUND_TEST_SERVER) {
      throw new IllegalStateException(
          "time skipping can only be unlocked on the port-bound test server");
    }
    TestServiceStubs testService =
        TestServiceStubs.newServiceStubs(
            TestServiceStubsOptions.newBuilder()
                .setChannel(serviceStubs.getRawChannel())
                .validateAndBuildWithDefaults());
    try {
      testService.blockingStub().unlockTimeSkipping(UnlockTimeSkippingRequest.getDefaultInstance());
    } finally {
      testService.shutdown();
    }
  }

  /** Shuts down the workers, then the clients, then any server this lane started. */
  @Override
  public synchronized void close() {
    workerFactories.forEach(WorkerFactory::shutdownNow);
    workerFactories.forEach(factory -> factory.awaitTermination(5, TimeUnit.SECONDS));
    RuntimeException failure = null;
    // In order: clients before the server they talk to.
    for (AutoCloseable resource : resources) {
      try {
        resource.close();
      } catch (Exception e) {
        if (failure == null) {
          failure = new IllegalStateException("the lane's Temporal did not close cleanly", e);
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
