package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON object kept as it was written, without a schema: fields accepted for compatibility, raw
 * request data and user NetworkPolicy rules. Values are plain JSON (maps, lists, strings, numbers,
 * booleans), so the object round-trips through fabric8 and Temporal alike.
 */
@PreserveUnknownFields
public class UntypedObject {
  @JsonAnyGetter @JsonAnySetter private final Map<String, Object> values = new LinkedHashMap<>();

  /** Creates an empty object. */
  public UntypedObject() {}

  /** Creates an object holding a copy of {@code values}. */
  public UntypedObject(Map<String, ?> values) {
    this.values.putAll(values);
  }

  /** The fields of the object, in the order they were written. */
  public Map<String, Object> values() {
    return values;
  }

  /** Sets one field. */
  public void put(String name, Object value) {
    values.put(name, value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UntypedObject that && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(values);
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
