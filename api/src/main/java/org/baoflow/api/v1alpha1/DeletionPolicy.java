package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;

/** What happens to data when the OpenBaoCluster is deleted. */
public enum DeletionPolicy {
  @JsonProperty("Retain")
  RETAIN("Retain"),
  @JsonProperty("DeletePVCs")
  DELETE_PVCS("DeletePVCs"),
  @JsonProperty("DeleteAll")
  DELETE_ALL("DeleteAll");

  private final String wireValue;

  DeletionPolicy(String wireValue) {
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
