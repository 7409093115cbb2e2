package org.baoflow.lane.sim.kube;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;

/**
 * One lane API server for all tests of this module's JVM (starting one costs seconds); tests keep
 * apart by using their own namespaces.
 */
public final class SharedLane {
  private static final Path CRDS = Path.of("../../deploy/crds");
  private static LaneKubernetes lane;
  private static KubernetesClient client;

  private SharedLane() {}

  public static synchronized LaneKubernetes lane() {
    if (lane == null) {
      lane = LaneKubernetes.start(CRDS);
      System.out.printf(
          "lane Kubernetes API server started in %d ms%n", lane.startTime().toMillis());
      Runtime.getRuntime().addShutdownHook(new Thread(lane::close));
    }
    return lane;
  }

  public static synchronized KubernetesClient client() {
    if (client == null) {
      client = lane().newClient();
    }
    return client;
  }
}
