package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;

/** Restore settings of the cluster. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class RestoreSpec {
  @JsonPropertyDescription("JWT role BaoFlow logs in with to restore snapshots.")
  @Default("openbao-operator-restore")
  private String jwtAuthRole;

  public String getJwtAuthRole() {
    return jwtAuthRole;
  }

  public void setJwtAuthRole(String jwtAuthRole) {
    this.jwtAuthRole = jwtAuthRole;
  }
}
