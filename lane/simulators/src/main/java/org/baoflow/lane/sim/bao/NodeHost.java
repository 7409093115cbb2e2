package org.baoflow.lane.sim.bao;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * What an OpenBao process sees of the container it runs in: the files its mounts provide, its
 * environment, its image, and the pod network's names. The lane's container runtime builds one from
 * the pod spec alone, so a wrong mount path, key or variable breaks the node as it would in
 * Kubernetes.
 */
public interface NodeHost {

  /**
   * The content of the file at an absolute container path, read through the pod's volume mounts.
   *
   * @throws java.nio.file.NoSuchFileException when no mount provides the file
   */
  byte[] readFile(String path) throws IOException;

  /** Whether {@code path} lies on a writable volume (OpenBao's raft {@code path} must). */
  boolean writable(String path);

  /** The value of an environment variable of the container. */
  Optional<String> env(String name);

  /** The container image, e.g. {@code quay.io/openbao/openbao:2.4.4}; its tag is the version. */
  String image();

  /**
   * The loopback socket a host name of the pod's network reaches, as cluster DNS and the Service
   * would route it: the Kubernetes API ({@code kubernetes.default.svc...}), a pod's DNS name, a
   * lane-wide infrastructure host. Empty when the name does not resolve.
   */
  Optional<InetSocketAddress> resolve(String host, int port);

  /**
   * The API addresses go-discover's {@code provider=k8s} finds for a {@code retry_join}'s {@code
   * auto_join} string: the running pods the label selector matches in the namespace, in name order,
   * as {@code <scheme>://<podIP>:<port>} (the pod's published loopback port in the lane).
   */
  List<URI> autoJoin(String autoJoin, String scheme);
}
