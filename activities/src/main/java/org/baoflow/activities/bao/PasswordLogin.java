package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of a userpass login; the password stays out of {@code toString()}. */
record PasswordLogin(@JsonProperty("password") String password) {

  @Override
  public String toString() {
    return "PasswordLogin[password=redacted]";
  }
}
