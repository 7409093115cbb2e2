package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Data of {@code GET sys/ha-status}: the nodes the active node knows, itself included. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HaStatus(@JsonProperty("nodes") List<HaNode> nodes) {

  public HaStatus {
    nodes = nodes == null ? List.of() : List.copyOf(nodes);
  }
}
