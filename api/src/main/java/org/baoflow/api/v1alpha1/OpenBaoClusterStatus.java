package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** Observed state of an OpenBao cluster, written by BaoFlow's activities. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class OpenBaoClusterStatus {
  @JsonPropertyDescription(
      "Initializing, Running, Upgrading, BackingUp, Restoring, Deleting or Failed.")
  private String phase;

  @JsonPropertyDescription(
      "Conditions, such as Valid, Supported, Available, TLSReady, BackupHealthy.")
  private List<StatusCondition> conditions;

  @JsonPropertyDescription("Spec generation BaoFlow last acted on.")
  private Long observedGeneration;

  @JsonPropertyDescription("Workflow ID of the cluster workflow.")
  private String workflowId;

  @JsonPropertyDescription("Version all nodes run.")
  private String currentVersion;

  @JsonPropertyDescription("Ready nodes.")
  private Integer readyReplicas;

  @JsonPropertyDescription("Pod that is the raft leader.")
  private String activeLeader;

  @JsonPropertyDescription("OpenBao is initialized.")
  private Boolean initialized;

  @JsonPropertyDescription("OpenBao initialized itself through self-init.")
  private Boolean selfInitialized;

  @JsonPropertyDescription("The operation running now.")
  private OperationStatus operation;

  @JsonPropertyDescription("Backups.")
  private BackupStatus backup;

  @JsonPropertyDescription("Upgrades.")
  private UpgradeStatus upgrade;

  @JsonPropertyDescription("Restores.")
  private ClusterRestoreStatus restore;

  public String getPhase() {
    return phase;
  }

  public void setPhase(String phase) {
    this.phase = phase;
  }

  public List<StatusCondition> getConditions() {
    return conditions;
  }

  public void setConditions(List<StatusCondition> conditions) {
    this.conditions = conditions;
  }

  public Long getObservedGeneration() {
    return observedGeneration;
  }

  public void setObservedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
  }

  public String getWorkflowId() {
    return workflowId;
  }

  public void setWorkflowId(String workflowId) {
    this.workflowId = workflowId;
  }

  public String getCurrentVersion() {
    return currentVersion;
  }

  public void setCurrentVersion(String currentVersion) {
    this.currentVersion = currentVersion;
  }

  public Integer getReadyReplicas() {
    return readyReplicas;
  }

  public void setReadyReplicas(Integer readyReplicas) {
    this.readyReplicas = readyReplicas;
  }

  public String getActiveLeader() {
    return activeLeader;
  }

  public void setActiveLeader(String activeLeader) {
    this.activeLeader = activeLeader;
  }

  public Boolean getInitialized() {
    return initialized;
  }

  public void setInitialized(Boolean initialized) {
    this.initialized = initialized;
  }

  public Boolean getSelfInitialized() {
    return selfInitialized;
  }

  public void setSelfInitialized(Boolean selfInitialized) {
    this.selfInitialized = selfInitialized;
  }

  public OperationStatus getOperation() {
    return operation;
  }

  public void setOperation(OperationStatus operation) {
    this.operation = operation;
  }

  public BackupStatus getBackup() {
    return backup;
  }

  public void setBackup(BackupStatus backup) {
    this.backup = backup;
  }

  public UpgradeStatus getUpgrade() {
    return upgrade;
  }

  public void setUpgrade(UpgradeStatus upgrade) {
    this.upgrade = upgrade;
  }

  public ClusterRestoreStatus getRestore() {
    return restore;
  }

  public void setRestore(ClusterRestoreStatus restore) {
    this.restore = restore;
  }
}
