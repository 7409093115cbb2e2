package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;

/** Kubernetes Service type of the public Service. */
public enum ServiceType {
  @JsonProperty("ClusterIP")
  CLUSTER_IP("ClusterIP"),
  @JsonProperty("NodePort")
  NODE_PORT("NodePort"),
  @JsonProperty("LoadBalancer")
  LOAD_BALANCER("LoadBalancer");

  private final String wireValue;

  ServiceType(String wireValue) {
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
