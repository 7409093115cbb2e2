package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;

/** Seal that protects the root key and unseals nodes automatically. */
public enum SealType {
  @JsonProperty("static")
  STATIC("static"),
  @JsonProperty("transit")
  TRANSIT("transit"),
  @JsonProperty("awskms")
  AWSKMS("awskms"),
  @JsonProperty("gcpckms")
  GCPCKMS("gcpckms"),
  @JsonProperty("azurekeyvault")
  AZUREKEYVAULT("azurekeyvault"),
  @JsonProperty("kmip")
  KMIP("kmip"),
  @JsonProperty("ocikms")
  OCIKMS("ocikms"),
  @JsonProperty("pkcs11")
  PKCS11("pkcs11");

  private final String wireValue;

  SealType(String wireValue) {
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
