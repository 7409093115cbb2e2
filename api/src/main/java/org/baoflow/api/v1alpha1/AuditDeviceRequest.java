package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;

/** Enable an audit device. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class AuditDeviceRequest {
  @JsonPropertyDescription("Audit device type: `file`, `syslog`, `socket` or `http`.")
  @Required
  @Pattern("^(file|syslog|socket|http)$")
  private String type;

  @JsonPropertyDescription("Description.")
  private String description;

  @JsonPropertyDescription("Options for `file`.")
  private AuditFileOptions fileOptions;

  @JsonPropertyDescription("Options for `http`.")
  private AuditHttpOptions httpOptions;

  @JsonPropertyDescription("Options for `syslog`.")
  private AuditSyslogOptions syslogOptions;

  @JsonPropertyDescription("Options for `socket`.")
  private AuditSocketOptions socketOptions;

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public AuditFileOptions getFileOptions() {
    return fileOptions;
  }

  public void setFileOptions(AuditFileOptions fileOptions) {
    this.fileOptions = fileOptions;
  }

  public AuditHttpOptions getHttpOptions() {
    return httpOptions;
  }

  public void setHttpOptions(AuditHttpOptions httpOptions) {
    this.httpOptions = httpOptions;
  }

  public AuditSyslogOptions getSyslogOptions() {
    return syslogOptions;
  }

  public void setSyslogOptions(AuditSyslogOptions syslogOptions) {
    this.syslogOptions = syslogOptions;
  }

  public AuditSocketOptions getSocketOptions() {
    return socketOptions;
  }

  public void setSocketOptions(AuditSocketOptions socketOptions) {
    this.socketOptions = socketOptions;
  }
}
