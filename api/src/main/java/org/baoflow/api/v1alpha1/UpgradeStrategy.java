package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;

/** How version upgrades are rolled out. */
public enum UpgradeStrategy {
  @JsonProperty("RollingUpdate")
  ROLLING_UPDATE("RollingUpdate"),
  @JsonProperty("BlueGreen")
  BLUE_GREEN("BlueGreen");

  private final String wireValue;

  UpgradeStrategy(String wireValue) {
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
