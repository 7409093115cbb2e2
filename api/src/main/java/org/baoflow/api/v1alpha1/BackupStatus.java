package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** Backup history of the cluster. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class BackupStatus {
  @JsonPropertyDescription("Workflow ID of the latest backup.")
  private String workflowId;

  @JsonPropertyDescription("End of the latest good backup (RFC 3339).")
  private String lastBackupTime;

  @JsonPropertyDescription("Object key of the latest good backup.")
  private String lastBackupKey;

  @JsonPropertyDescription("Size in bytes of the latest good backup.")
  private Long lastBackupSize;

  @JsonPropertyDescription("SHA-256 of the latest good backup.")
  private String lastBackupSha256;

  @JsonPropertyDescription("Duration of the latest good backup.")
  private String lastBackupDuration;

  @JsonPropertyDescription("Start of the latest attempt (RFC 3339).")
  private String lastAttemptTime;

  @JsonPropertyDescription("Next scheduled fire (RFC 3339).")
  private String nextScheduledBackup;

  @JsonPropertyDescription("Failed backups since the last good one.")
  private Integer consecutiveFailures;

  @JsonPropertyDescription("Why the latest backup failed.")
  private String lastFailureReason;

  @JsonPropertyDescription("Latest `openbao.org/trigger-backup` request ID that was handled.")
  private String lastHandledTrigger;

  public String getWorkflowId() {
    return workflowId;
  }

  public void setWorkflowId(String workflowId) {
    this.workflowId = workflowId;
  }

  public String getLastBackupTime() {
    return lastBackupTime;
  }

  public void setLastBackupTime(String lastBackupTime) {
    this.lastBackupTime = lastBackupTime;
  }

  public String getLastBackupKey() {
    return lastBackupKey;
  }

  public void setLastBackupKey(String lastBackupKey) {
    this.lastBackupKey = lastBackupKey;
  }

  public Long getLastBackupSize() {
    return lastBackupSize;
  }

  public void setLastBackupSize(Long lastBackupSize) {
    this.lastBackupSize = lastBackupSize;
  }

  public String getLastBackupSha256() {
    return lastBackupSha256;
  }

  public void setLastBackupSha256(String lastBackupSha256) {
    this.lastBackupSha256 = lastBackupSha256;
  }

  public String getLastBackupDuration() {
    return lastBackupDuration;
  }

  public void setLastBackupDuration(String lastBackupDuration) {
    this.lastBackupDuration = lastBackupDuration;
  }

  public String getLastAttemptTime() {
    return lastAttemptTime;
  }

  public void setLastAttemptTime(String lastAttemptTime) {
    this.lastAttemptTime = lastAttemptTime;
  }

  public String getNextScheduledBackup() {
    return nextScheduledBackup;
  }

  public void setNextScheduledBackup(String nextScheduledBackup) {
    this.nextScheduledBackup = nextScheduledBackup;
  }

  public Integer getConsecutiveFailures() {
    return consecutiveFailures;
  }

  public void setConsecutiveFailures(Integer consecutiveFailures) {
    this.consecutiveFailures = consecutiveFailures;
  }

  public String getLastFailureReason() {
    return lastFailureReason;
  }

  public void setLastFailureReason(String lastFailureReason) {
    this.lastFailureReason = lastFailureReason;
  }

  public String getLastHandledTrigger() {
    return lastHandledTrigger;
  }

  public void setLastHandledTrigger(String lastHandledTrigger) {
    this.lastHandledTrigger = lastHandledTrigger;
  }
}
