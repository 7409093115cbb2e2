package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** Body of a userpass user write; the password stays out of {@code toString()}. */
record UserpassUserWrite(
    @JsonProperty("password") String password, @JsonUnwrapped TokenSettings token) {

  @Override
  public String toString() {
    return "UserpassUserWrite[password=redacted, token=" + token + "]";
  }
}
