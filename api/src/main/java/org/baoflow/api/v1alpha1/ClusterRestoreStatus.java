package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** The latest restore into this cluster. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ClusterRestoreStatus {
  @JsonPropertyDescription("Workflow ID of the restore.")
  private String workflowId;

  @JsonPropertyDescription("Name of the OpenBaoRestore.")
  private String restoreName;

  @JsonPropertyDescription("Phase of the restore.")
  private String phase;

  @JsonPropertyDescription("End time (RFC 3339).")
  private String completedAt;

  public String getWorkflowId() {
    return workflowId;
  }

  public void setWorkflowId(String workflowId) {
    this.workflowId = workflowId;
  }

  public String getRestoreName() {
    return restoreName;
  }

  public void setRestoreName(String restoreName) {
    this.restoreName = restoreName;
  }

  public String getPhase() {
    return phase;
  }

  public void setPhase(String phase) {
    this.phase = phase;
  }

  public String getCompletedAt() {
    return completedAt;
  }

  public void setCompletedAt(String completedAt) {
    this.completedAt = completedAt;
  }
}
