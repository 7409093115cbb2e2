package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * Google Cloud Storage settings. Accepted for compatibility with the Go openbao-operator; BaoFlow
 * does not implement it yet and reports it in the `Supported` condition.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class GcsTarget {
  @JsonPropertyDescription("GCP project.")
  private String project;

  public String getProject() {
    return project;
  }

  public void setProject(String project) {
    this.project = project;
  }
}
