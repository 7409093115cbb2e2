package org.baoflow.lane.sim.harness;

import java.util.Map;
import org.baoflow.lane.sim.kube.ApiFailure;
import org.baoflow.lane.sim.kube.ApiFaults;
import org.baoflow.lane.sim.kubelet.ImageFaults;
import org.baoflow.lane.sim.s3.S3Fault;
import org.baoflow.lane.sim.s3.S3FaultInjector;

/**
 * The faults a reliability test can drive on a lane, in one place: failing S3 calls and failing
 * Kubernetes API calls of one cluster, and images whose containers crash-loop or cannot be pulled.
 */
public final class LaneFaults {
  private final S3FaultInjector s3;
  private final Map<String, ApiFaults> apiServers;
  private final ImageFaults images;

  LaneFaults(S3FaultInjector s3, Map<String, ApiFaults> apiServers, ImageFaults images) {
    this.s3 = s3;
    this.apiServers = Map.copyOf(apiServers);
    this.images = images;
  }

  /**
   * The images the kubelets of a lane built with {@link Lane.Builder#openBao} treat as broken: mark
   * one crash-looping or missing, heal it again.
   */
  public ImageFaults images() {
    return images;
  }

  /** Makes the next {@code count} requests to the lane's S3 endpoint fail with {@code fault}. */
  public void failNextS3Calls(int count, S3Fault fault) {
    s3.failNext(count, fault);
  }

  /**
   * Makes the next {@code count} requests to {@code cluster}'s API server that match {@code verb}
   * and {@code resource} fail with {@code failure}.
   *
   * @param verb an RBAC verb or {@code *}
   * @param resource a plural resource as RBAC writes it ({@code statefulsets/status}) or {@code *}
   */
  public void failNextApiCalls(
      String cluster, int count, String verb, String resource, ApiFailure failure) {
    api(cluster).failNext(count, verb, resource, failure);
  }

  /** The S3 endpoint's faults, to see what is pending or was injected. */
  public S3FaultInjector s3() {
    return s3;
  }

  /** The API server faults of {@code cluster}, to see what is pending or was injected. */
  public ApiFaults api(String cluster) {
    ApiFaults faults = apiServers.get(cluster);
    if (faults == null) {
      throw new IllegalArgumentException(
          "no lane cluster " + cluster + "; the lane has " + apiServers.keySet());
    }
    return faults;
  }

  /** Drops every pending fault. */
  public void clear() {
    s3.clear();
    apiServers.values().forEach(ApiFaults::clear);
  }
}
