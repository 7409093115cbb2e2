package org.baoflow.lane.sim.kubelet;

import io.fabric8.kubernetes.api.model.Pod;

/**
 * Starts the process behind a pod's container. The kubelet owns scheduling, restarts and status;
 * the runtime only turns a pod spec into something that listens on a loopback port.
 */
public interface ContainerRuntime {
  /**
   * Starts the pod's (first) container. Throwing means the container exited at once; the kubelet
   * counts it as a crash, shows the exception's message as the container's termination message (so
   * it must not carry secrets) and restarts it with back-off.
   *
   * @param pod the pod as stored in the API, a copy the runtime may keep
   */
  RunningContainer start(Pod pod);
}
