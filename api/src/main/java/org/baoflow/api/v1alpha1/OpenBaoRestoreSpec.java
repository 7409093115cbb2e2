package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.ValidationRule;
import org.baoflow.api.validation.Messages;
import org.baoflow.api.validation.Patterns;

/**
 * A one-time restore of a snapshot into a cluster in the same namespace; immutable once created.
 */
@ValidationRule(value = "self == oldSelf", message = Messages.RESTORE_SPEC_IMMUTABLE)
@ValidationRule(
    value =
        "self.source.target.endpoint.startsWith('https://')"
            + " || self.source.target.endpoint.matches('"
            + Patterns.SERVICE_HTTP_ENDPOINT
            + "')",
    message = Messages.RESTORE_ENDPOINT_HTTPS,
    fieldPath = ".source.target.endpoint")
@ValidationRule(
    value =
        "!self.source.target.endpoint.lowerAscii().matches('"
            + Patterns.LOCAL_OR_IP_ENDPOINT
            + "')",
    message = Messages.RESTORE_ENDPOINT_LOCAL,
    fieldPath = ".source.target.endpoint",
    reason = "FieldValueForbidden")
@ValidationRule(
    value =
        "!has(self.tokenSecretRef) || !self.tokenSecretRef.name.matches('"
            + Patterns.OWN_SECRET_NAME
            + "')",
    message = Messages.RESTORE_TOKEN_SECRET_OWN,
    fieldPath = ".tokenSecretRef.name",
    reason = "FieldValueForbidden")
@ValidationRule(
    value =
        "!has(self.source.target.credentialsSecretRef) || !self.source.target.credentialsSecretRef.name.matches('"
            + Patterns.OWN_SECRET_NAME
            + "')",
    message = Messages.RESTORE_CREDENTIALS_SECRET_OWN,
    fieldPath = ".source.target.credentialsSecretRef.name",
    reason = "FieldValueForbidden")
@ValidationRule(
    value =
        "!has(self.source.target.caSecretRef) || !self.source.target.caSecretRef.name.matches('"
            + Patterns.OWN_SECRET_NAME
            + "')",
    message = Messages.RESTORE_CA_SECRET_OWN,
    fieldPath = ".source.target.caSecretRef.name",
    reason = "FieldValueForbidden")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class OpenBaoRestoreSpec {
  @JsonPropertyDescription("Name of the target OpenBaoCluster.")
  @Required
  private String cluster;

  @JsonPropertyDescription("Snapshot to restore.")
  @Required
  private RestoreSource source;

  @JsonPropertyDescription(
      "JWT role to log in with; defaults to the cluster's `spec.restore.jwtAuthRole`.")
  private String jwtAuthRole;

  @JsonPropertyDescription("Secret with key `token`, used instead of the JWT role.")
  private SecretRef tokenSecretRef;

  @JsonPropertyDescription(
      "Restore executor image. Accepted for compatibility with the Go openbao-operator; BaoFlow does not implement it yet and reports it in the `Supported` condition.")
  private String image;

  @JsonPropertyDescription(
      "Use `snapshot-force`: skip the seal check and restore into a cluster that is upgrading.")
  @Default("false")
  private Boolean force;

  @JsonPropertyDescription(
      "Operation lock override of the Go operator. Accepted for compatibility with the Go openbao-operator; BaoFlow does not implement it yet and reports it in the `Supported` condition. BaoFlow runs one operation at a time per cluster.")
  private Boolean overrideOperationLock;

  public String getCluster() {
    return cluster;
  }

  public void setCluster(String cluster) {
    this.cluster = cluster;
  }

  public RestoreSource getSource() {
    return source;
  }

  public void setSource(RestoreSource source) {
    this.source = source;
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

  public String getImage() {
    return image;
  }

  public void setImage(String image) {
    this.image = image;
  }

  public Boolean getForce() {
    return force;
  }

  public void setForce(Boolean force) {
    this.force = force;
  }

  public Boolean getOverrideOperationLock() {
    return overrideOperationLock;
  }

  public void setOverrideOperationLock(Boolean overrideOperationLock) {
    this.overrideOperationLock = overrideOperationLock;
  }
}
