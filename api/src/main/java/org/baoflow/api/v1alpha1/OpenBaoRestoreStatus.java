package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** Observed state of a restore. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class OpenBaoRestoreStatus {
  @JsonPropertyDescription("Pending, Validating, Running, Completed or Failed.")
  private String phase;

  @JsonPropertyDescription("Workflow ID of the restore.")
  private String workflowId;

  @JsonPropertyDescription("Start time (RFC 3339).")
  private String startTime;

  @JsonPropertyDescription("End time (RFC 3339).")
  private String completionTime;

  @JsonPropertyDescription("Object key restored.")
  private String snapshotKey;

  @JsonPropertyDescription("Size in bytes of the snapshot.")
  private Long snapshotSize;

  @JsonPropertyDescription("SHA-256 of the snapshot, verified before restoring.")
  private String snapshotSha256;

  @JsonPropertyDescription("What happened.")
  private String message;

  @JsonPropertyDescription("Conditions, such as RestoreComplete.")
  private List<StatusCondition> conditions;

  public String getPhase() {
    return phase;
  }

  public void setPhase(String phase) {
    this.phase = phase;
  }

  public String getWorkflowId() {
    return workflowId;
  }

  public void setWorkflowId(String workflowId) {
    this.workflowId = workflowId;
  }

  public String getStartTime() {
    return startTime;
  }

  public void setStartTime(String startTime) {
    this.startTime = startTime;
  }

  public String getCompletionTime() {
    return completionTime;
  }

  public void setCompletionTime(String completionTime) {
    this.completionTime = completionTime;
  }

  public String getSnapshotKey() {
    return snapshotKey;
  }

  public void setSnapshotKey(String snapshotKey) {
    this.snapshotKey = snapshotKey;
  }

  public Long getSnapshotSize() {
    return snapshotSize;
  }

  public void setSnapshotSize(Long snapshotSize) {
    this.snapshotSize = snapshotSize;
  }

  public String getSnapshotSha256() {
    return snapshotSha256;
  }

  public void setSnapshotSha256(String snapshotSha256) {
    this.snapshotSha256 = snapshotSha256;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public List<StatusCondition> getConditions() {
    return conditions;
  }

  public void setConditions(List<StatusCondition> conditions) {
    this.conditions = conditions;
  }
}
