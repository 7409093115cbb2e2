package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;

/** ACL operation of a self-init request. */
public enum RequestOperation {
  @JsonProperty("create")
  CREATE("create"),
  @JsonProperty("read")
  READ("read"),
  @JsonProperty("update")
  UPDATE("update"),
  @JsonProperty("delete")
  DELETE("delete"),
  @JsonProperty("list")
  LIST("list"),
  @JsonProperty("patch")
  PATCH("patch");

  private final String wireValue;

  RequestOperation(String wireValue) {
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
