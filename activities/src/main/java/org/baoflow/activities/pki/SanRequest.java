package org.baoflow.activities.pki;

import java.util.List;
import java.util.Objects;

/**
 * What the server certificate must be reachable as, in plain values (independent of the CR
 * classes).
 *
 * @param cluster cluster name; also the name of the headless Service every pod is addressed through
 * @param namespace the cluster's namespace
 * @param podSets one entry per StatefulSet; during a blue/green upgrade each revision is its own
 *     StatefulSet (for example {@code dev-1a2b3c4d}), so both appear here
 * @param publicService whether the public (client-facing) Service is exposed
 * @param publicServiceName that Service's name; required when {@code publicService} is true
 * @param edgeHostnames external hostnames (Gateway listener hostname, Ingress host)
 * @param extraSans user-requested extra names; IP literals become IP SANs
 */
public record SanRequest(
    String cluster,
    String namespace,
    List<PodSet> podSets,
    boolean publicService,
    String publicServiceName,
    List<String> edgeHostnames,
    List<String> extraSans) {

  public SanRequest {
    requireNonBlank(cluster, "cluster");
    requireNonBlank(namespace, "namespace");
    if (publicService) {
      requireNonBlank(publicServiceName, "publicServiceName");
    }
    podSets = List.copyOf(podSets);
    edgeHostnames = List.copyOf(edgeHostnames);
    extraSans = List.copyOf(extraSans);
  }

  /**
   * The pods of one StatefulSet: {@code <statefulSet>-0} to {@code <statefulSet>-<replicas - 1>}.
   *
   * @param statefulSet the StatefulSet name
   * @param replicas its replica count
   */
  public record PodSet(String statefulSet, int replicas) {
    public PodSet {
      requireNonBlank(statefulSet, "statefulSet");
      if (replicas < 0) {
        throw new IllegalArgumentException("replicas must not be negative: " + replicas);
      }
    }
  }

  private static void requireNonBlank(String value, String name) {
    if (Objects.requireNonNull(value, name).isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
