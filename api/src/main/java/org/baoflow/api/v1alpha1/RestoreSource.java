package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;

/** The snapshot to restore. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class RestoreSource {
  @JsonPropertyDescription("Object storage that holds the snapshot.")
  @Required
  private BackupTarget target;

  @JsonPropertyDescription("Full object key of the snapshot (`.snap`).")
  @Required
  private String key;

  public BackupTarget getTarget() {
    return target;
  }

  public void setTarget(BackupTarget target) {
    this.target = target;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }
}
