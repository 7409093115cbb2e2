package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import org.baoflow.api.validation.GoDuration;

/** Blue/green upgrade settings. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class BlueGreenSpec {
  @JsonPropertyDescription(
      "Promote without approval once green is synced; when false the upgrade waits for `approveCutover` (Temporal UI, CLI or the `openbao.org/approve-cutover` annotation).")
  @Default("true")
  private Boolean autoPromote;

  @JsonPropertyDescription("How long to wait for approval before rolling back, as a Go duration.")
  @Default("24h")
  @Pattern(GoDuration.PATTERN)
  private String approvalTimeout;

  @JsonPropertyDescription("Minimum time the green nodes replicate before promotion.")
  @Pattern(GoDuration.PATTERN)
  private String minSyncDuration;

  @JsonPropertyDescription("Failures of one step before the upgrade aborts or rolls back.")
  @Min(1)
  private Integer maxJobFailures;

  @JsonPropertyDescription("Take a snapshot before deploying green.")
  private Boolean preUpgradeSnapshot;

  @JsonPropertyDescription("Automatic rollback.")
  private AutoRollbackSpec autoRollback;

  @JsonPropertyDescription("Checks before promotion.")
  private BlueGreenVerificationSpec verification;

  public Boolean getAutoPromote() {
    return autoPromote;
  }

  public void setAutoPromote(Boolean autoPromote) {
    this.autoPromote = autoPromote;
  }

  public String getApprovalTimeout() {
    return approvalTimeout;
  }

  public void setApprovalTimeout(String approvalTimeout) {
    this.approvalTimeout = approvalTimeout;
  }

  public String getMinSyncDuration() {
    return minSyncDuration;
  }

  public void setMinSyncDuration(String minSyncDuration) {
    this.minSyncDuration = minSyncDuration;
  }

  public Integer getMaxJobFailures() {
    return maxJobFailures;
  }

  public void setMaxJobFailures(Integer maxJobFailures) {
    this.maxJobFailures = maxJobFailures;
  }

  public Boolean getPreUpgradeSnapshot() {
    return preUpgradeSnapshot;
  }

  public void setPreUpgradeSnapshot(Boolean preUpgradeSnapshot) {
    this.preUpgradeSnapshot = preUpgradeSnapshot;
  }

  public AutoRollbackSpec getAutoRollback() {
    return autoRollback;
  }

  public void setAutoRollback(AutoRollbackSpec autoRollback) {
    this.autoRollback = autoRollback;
  }

  public BlueGreenVerificationSpec getVerification() {
    return verification;
  }

  public void setVerification(BlueGreenVerificationSpec verification) {
    this.verification = verification;
  }
}
