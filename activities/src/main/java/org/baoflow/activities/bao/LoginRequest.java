package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of a JWT or Kubernetes login; the JWT is a credential and stays out of {@code toString()}.
 */
record LoginRequest(@JsonProperty("role") String role, @JsonProperty("jwt") String jwt) {

  @Override
  public String toString() {
    return "LoginRequest[role=" + role + ", jwt=redacted]";
  }
}
