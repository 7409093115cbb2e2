package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.ValidationRule;
import org.baoflow.api.validation.Messages;
import org.baoflow.api.validation.Patterns;

/** Scheduled and manual snapshots to object storage. */
@ValidationRule(
    value = "!self.target.endpoint.lowerAscii().matches('" + Patterns.LOCAL_OR_IP_ENDPOINT + "')",
    message = Messages.BACKUP_ENDPOINT_LOCAL,
    fieldPath = ".target.endpoint",
    reason = "FieldValueForbidden")
@ValidationRule(
    value =
        "!has(self.tokenSecretRef) || !self.tokenSecretRef.name.matches('"
            + Patterns.OWN_SECRET_NAME
            + "')",
    message = Messages.BACKUP_TOKEN_SECRET_OWN,
    fieldPath = ".tokenSecretRef.name",
    reason = "FieldValueForbidden")
@ValidationRule(
    value =
        "!has(self.target.credentialsSecretRef) || !self.target.credentialsSecretRef.name.matches('"
            + Patterns.OWN_SECRET_NAME
            + "')",
    message = Messages.BACKUP_CREDENTIALS_SECRET_OWN,
    fieldPath = ".target.credentialsSecretRef.name",
    reason = "FieldValueForbidden")
@ValidationRule(
    value =
        "!has(self.target.caSecretRef) || !self.target.caSecretRef.name.matches('"
            + Patterns.OWN_SECRET_NAME
            + "')",
    message = Messages.BACKUP_CA_SECRET_OWN,
    fieldPath = ".target.caSecretRef.name",
    reason = "FieldValueForbidden")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class BackupSpec {
  @JsonPropertyDescription("Cron schedule in UTC, five fields, such as `0 3 * * *`.")
  @Required
  @Pattern("^\\s*\\S+(\\s+\\S+){4}\\s*$")
  private String schedule;

  @JsonPropertyDescription("JWT role BaoFlow logs in with to take snapshots.")
  @Default("openbao-operator-backup")
  private String jwtAuthRole;

  @JsonPropertyDescription("Secret with key `token`, used instead of the JWT role.")
  private SecretRef tokenSecretRef;

  @JsonPropertyDescription(
      "Backup executor image. Accepted for compatibility with the Go openbao-operator; BaoFlow does not implement it yet and reports it in the `Supported` condition. BaoFlow streams snapshots from its worker.")
  private String image;

  @JsonPropertyDescription("Where snapshots go.")
  @Required
  private BackupTarget target;

  @JsonPropertyDescription("Which snapshots to keep.")
  private BackupRetention retention;

  public String getSchedule() {
    return schedule;
  }

  public void setSchedule(String schedule) {
    this.schedule = schedule;
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

  public BackupTarget getTarget() {
    return target;
  }

  public void setTarget(BackupTarget target) {
    this.target = target;
  }

  public BackupRetention getRetention() {
    return retention;
  }

  public void setRetention(BackupRetention retention) {
    this.retention = retention;
  }
}
