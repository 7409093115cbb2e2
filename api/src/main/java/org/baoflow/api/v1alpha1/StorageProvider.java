package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;

/** Object storage provider of a backup target. */
public enum StorageProvider {
  @JsonProperty("s3")
  S3("s3"),
  @JsonProperty("gcs")
  GCS("gcs"),
  @JsonProperty("azure")
  AZURE("azure");

  private final String wireValue;

  StorageProvider(String wireValue) {
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
