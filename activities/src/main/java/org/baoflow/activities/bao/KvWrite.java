package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** Body of a KV v2 write: the values under {@code data}. */
record KvWrite(@JsonProperty("data") Map<String, Object> data) {

  @Override
  public String toString() {
    return "KvWrite[keys=" + data.keySet() + "]";
  }
}
