package org.baoflow.lane.sim.kube.auth;

import java.util.List;
import java.util.Objects;

/**
 * A ServiceAccount a token is bound to, and the user a TokenReview reports for it.
 *
 * @param namespace the ServiceAccount's namespace
 * @param name the ServiceAccount's name
 * @param uid the ServiceAccount object's uid; a token outlives neither the object nor its uid
 */
public record ServiceAccount(String namespace, String name, String uid) {

  public ServiceAccount {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(uid, "uid");
  }

  /** {@code system:serviceaccount:<namespace>:<name>}, the token's subject and the username. */
  public String username() {
    return "system:serviceaccount:" + namespace + ":" + name;
  }

  /** The groups the API server's authenticator adds for a service-account user. */
  public List<String> groups() {
    return List.of(
        "system:serviceaccounts", "system:serviceaccounts:" + namespace, "system:authenticated");
  }
}
