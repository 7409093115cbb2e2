package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** {@code data} of a LIST: the keys below the path. */
@JsonIgnoreProperties(ignoreUnknown = true)
record KeyList(@JsonProperty("keys") List<String> keys) {

  KeyList {
    keys = keys == null ? List.of() : List.copyOf(keys);
  }
}
