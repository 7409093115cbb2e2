package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** Options of a socket audit device. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class AuditSocketOptions {
  @JsonPropertyDescription("Socket address.")
  private String address;

  @JsonPropertyDescription("Socket type, such as `tcp`.")
  private String socketType;

  @JsonPropertyDescription("Write timeout.")
  private String writeTimeout;

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getSocketType() {
    return socketType;
  }

  public void setSocketType(String socketType) {
    this.socketType = socketType;
  }

  public String getWriteTimeout() {
    return writeTimeout;
  }

  public void setWriteTimeout(String writeTimeout) {
    this.writeTimeout = writeTimeout;
  }
}
