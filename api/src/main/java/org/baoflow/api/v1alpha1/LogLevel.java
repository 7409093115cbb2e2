package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;

/** OpenBao server log level. */
public enum LogLevel {
  @JsonProperty("trace")
  TRACE("trace"),
  @JsonProperty("debug")
  DEBUG("debug"),
  @JsonProperty("info")
  INFO("info"),
  @JsonProperty("warn")
  WARN("warn"),
  @JsonProperty("err")
  ERR("err");

  private final String wireValue;

  LogLevel(String wireValue) {
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
