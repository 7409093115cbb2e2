package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** The operation running now, as a Temporal child workflow. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class OperationStatus {
  @JsonPropertyDescription("Bootstrap, Converge, Upgrade, Backup, Restore or Delete.")
  private String kind;

  @JsonPropertyDescription("Temporal workflow ID; open it in the Temporal UI.")
  private String workflowId;

  @JsonPropertyDescription("Start time (RFC 3339).")
  private String startedAt;

  @JsonPropertyDescription("What it is doing or waiting for.")
  private String message;

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getWorkflowId() {
    return workflowId;
  }

  public void setWorkflowId(String workflowId) {
    this.workflowId = workflowId;
  }

  public String getStartedAt() {
    return startedAt;
  }

  public void setStartedAt(String startedAt) {
    this.startedAt = startedAt;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }
}
