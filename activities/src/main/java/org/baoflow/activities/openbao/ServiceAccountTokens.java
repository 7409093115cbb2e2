package org.baoflow.activities.openbao;

/**
 * Fresh JWTs of the worker's ServiceAccount for the audience OpenBao's {@code jwt-operator} roles
 * bind ({@code openbao-internal}): what the worker logs in with. Asked for on every login, because
 * the tokens are short-lived.
 */
@FunctionalInterface
public interface ServiceAccountTokens {
  /** The audience the worker's roles require. */
  String AUDIENCE = "openbao-internal";

  /** A current token; never logged or put into a message. */
  String token();
}
