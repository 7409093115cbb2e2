package org.baoflow.lane.sim.kube.auth;

import java.util.Objects;

/**
 * The Pod a projected token is bound to, as the kubelet requests it ({@code boundObjectRef}).
 *
 * @param name the Pod's name
 * @param uid the Pod's uid
 */
public record BoundPod(String name, String uid) {

  public BoundPod {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(uid, "uid");
  }
}
