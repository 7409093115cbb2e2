package org.baoflow.lane.sim.kube.auth;

import java.util.Optional;

/**
 * The API server's view of the ServiceAccounts that exist: TokenRequest needs the account's uid,
 * and TokenReview refuses a token whose account was deleted or recreated with another uid.
 */
@FunctionalInterface
public interface ServiceAccounts {

  /** The uid of the ServiceAccount {@code namespace/name}, empty when it does not exist. */
  Optional<String> uidOf(String namespace, String name);
}
