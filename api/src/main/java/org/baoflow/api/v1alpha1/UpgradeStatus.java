package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** Progress of the current or latest upgrade. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class UpgradeStatus {
  @JsonPropertyDescription("Workflow ID of the upgrade.")
  private String workflowId;

  @JsonPropertyDescription("RollingUpdate or BlueGreen.")
  private String strategy;

  @JsonPropertyDescription("Phase of the upgrade, such as `AwaitingApproval`.")
  private String phase;

  @JsonPropertyDescription("Version before the upgrade.")
  private String fromVersion;

  @JsonPropertyDescription("Version after the upgrade.")
  private String targetVersion;

  @JsonPropertyDescription("Revision serving before the cutover.")
  private String blueRevision;

  @JsonPropertyDescription(
      "Revision serving after the cutover; approve it with `openbao.org/approve-cutover`.")
  private String greenRevision;

  @JsonPropertyDescription("Start time (RFC 3339).")
  private String startedAt;

  @JsonPropertyDescription("Pods already upgraded.")
  private List<String> completedPods;

  @JsonPropertyDescription("Reason of the latest error.")
  private String lastErrorReason;

  @JsonPropertyDescription("Message of the latest error.")
  private String lastErrorMessage;

  public String getWorkflowId() {
    return workflowId;
  }

  public void setWorkflowId(String workflowId) {
    this.workflowId = workflowId;
  }

  public String getStrategy() {
    return strategy;
  }

  public void setStrategy(String strategy) {
    this.strategy = strategy;
  }

  public String getPhase() {
    return phase;
  }

  public void setPhase(String phase) {
    this.phase = phase;
  }

  public String getFromVersion() {
    return fromVersion;
  }

  public void setFromVersion(String fromVersion) {
    this.fromVersion = fromVersion;
  }

  public String getTargetVersion() {
    return targetVersion;
  }

  public void setTargetVersion(String targetVersion) {
    this.targetVersion = targetVersion;
  }

  public String getBlueRevision() {
    return blueRevision;
  }

  public void setBlueRevision(String blueRevision) {
    this.blueRevision = blueRevision;
  }

  public String getGreenRevision() {
    return greenRevision;
  }

  public void setGreenRevision(String greenRevision) {
    this.greenRevision = greenRevision;
  }

  public String getStartedAt() {
    return startedAt;
  }

  public void setStartedAt(String startedAt) {
    this.startedAt = startedAt;
  }

  public List<String> getCompletedPods() {
    return completedPods;
  }

  public void setCompletedPods(List<String> completedPods) {
    this.completedPods = completedPods;
  }

  public String getLastErrorReason() {
    return lastErrorReason;
  }

  public void setLastErrorReason(String lastErrorReason) {
    this.lastErrorReason = lastErrorReason;
  }

  public String getLastErrorMessage() {
    return lastErrorMessage;
  }

  public void setLastErrorMessage(String lastErrorMessage) {
    this.lastErrorMessage = lastErrorMessage;
  }
}
