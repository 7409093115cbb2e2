package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The logical response envelope; the client reads {@code data}, {@code warnings} and {@code auth}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record Envelope<T>(
    @JsonProperty("data") T data,
    @JsonProperty("warnings") List<String> warnings,
    @JsonProperty("auth") AuthInfo auth) {

  List<String> warningsOrEmpty() {
    return warnings == null ? List.of() : warnings;
  }
}
