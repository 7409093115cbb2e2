package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;

/** Security profile of a cluster. */
public enum Profile {
  @JsonProperty("Development")
  DEVELOPMENT("Development"),
  @JsonProperty("Hardened")
  HARDENED("Hardened");

  private final String wireValue;

  Profile(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in YAML. */
  @JsonValue
  public String wireValue() {
    return wireValue;
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
