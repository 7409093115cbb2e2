package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;

/** Who provides the TLS certificates of the cluster. */
public enum TlsMode {
  @JsonProperty("OperatorManaged")
  OPERATOR_MANAGED("OperatorManaged"),
  @JsonProperty("External")
  EXTERNAL("External"),
  @JsonProperty("ACME")
  ACME("ACME");

  private final String wireValue;

  TlsMode(String wireValue) {
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
