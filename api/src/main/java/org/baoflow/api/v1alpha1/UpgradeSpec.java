package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.ValidationRule;
import org.baoflow.api.validation.Messages;
import org.baoflow.api.validation.Patterns;

/** How version changes roll out. */
@ValidationRule(
    value =
        "!has(self.tokenSecretRef) || !self.tokenSecretRef.name.matches('"
            + Patterns.OWN_SECRET_NAME
            + "')",
    message = Messages.UPGRADE_TOKEN_SECRET_OWN,
    fieldPath = ".tokenSecretRef.name",
    reason = "FieldValueForbidden")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class UpgradeSpec {
  @JsonPropertyDescription("Upgrade strategy.")
  @Default("RollingUpdate")
  private UpgradeStrategy strategy;

  @JsonPropertyDescription(
      "Upgrade executor image. Accepted for compatibility with the Go openbao-operator; BaoFlow does not implement it yet and reports it in the `Supported` condition. BaoFlow runs upgrade steps from its worker.")
  private String image;

  @JsonPropertyDescription("JWT role BaoFlow logs in with for raft operations.")
  @Default("openbao-operator-upgrade")
  private String jwtAuthRole;

  @JsonPropertyDescription("Secret with key `token`, used instead of the JWT role.")
  private SecretRef tokenSecretRef;

  @JsonPropertyDescription("Take a snapshot before a rolling upgrade.")
  @Default("false")
  private Boolean preUpgradeSnapshot;

  @JsonPropertyDescription("Blue/green settings.")
  private BlueGreenSpec blueGreen;

  public UpgradeStrategy getStrategy() {
    return strategy;
  }

  public void setStrategy(UpgradeStrategy strategy) {
    this.strategy = strategy;
  }

  public String getImage() {
    return image;
  }

  public void setImage(String image) {
    this.image = image;
  }

  public String getJwtAuthRole() {
    return jwtAuthRole;
  }

  public void setJwtAuthRole(String jwtAuthRole) {
    this.jwtAuthRole = jwtAuthRole;
  }

  public SecretRef getTokenSecretRef() {
    return tokenSecretRef;
  }

  public void setTokenSecretRef(SecretRef tokenSecretRef) {
    this.tokenSecretRef = tokenSecretRef;
  }

  public Boolean getPreUpgradeSnapshot() {
    return preUpgradeSnapshot;
  }

  public void setPreUpgradeSnapshot(Boolean preUpgradeSnapshot) {
    this.preUpgradeSnapshot = preUpgradeSnapshot;
  }

  public BlueGreenSpec getBlueGreen() {
    return blueGreen;
  }

  public void setBlueGreen(BlueGreenSpec blueGreen) {
    this.blueGreen = blueGreen;
  }
}
