package org.baoflow.api.cel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One node of a CRD's {@code openAPIV3Schema}, read from the YAML as plain maps. */
record SchemaNode(Map<String, Object> raw) {
  static SchemaNode of(Object raw) {
    return raw == null ? null : new SchemaNode(asMap(raw));
  }

  String type() {
    return (String) raw.get("type");
  }

  Map<String, SchemaNode> properties() {
    Map<String, SchemaNode> properties = new LinkedHashMap<>();
    if (raw.get("properties") != null) {
      asMap(raw.get("properties")).forEach((name, child) -> properties.put(name, of(child)));
    }
    return properties;
  }

  SchemaNode items() {
    return of(raw.get("items"));
  }

  /** The schema of map values, when {@code additionalProperties} is a schema. */
  SchemaNode additionalProperties() {
    Object additional = raw.get("additionalProperties");
    return additional instanceof Map<?, ?> ? of(additional) : null;
  }

  boolean preservesUnknownFields() {
    return Boolean.TRUE.equals(raw.get("x-kubernetes-preserve-unknown-fields"));
  }

  boolean intOrString() {
    return Boolean.TRUE.equals(raw.get("x-kubernetes-int-or-string"));
  }

  @SuppressWarnings("unchecked")
  List<String> required() {
    return raw.get("required") == null ? List.of() : (List<String>) raw.get("required");
  }

  @SuppressWarnings("unchecked")
  List<Object> enumValues() {
    return (List<Object>) raw.get("enum");
  }

  String pattern() {
    return (String) raw.get("pattern");
  }

  Number number(String keyword) {
    return (Number) raw.get(keyword);
  }

  boolean hasDefault() {
    return raw.containsKey("default");
  }

  Object defaultValue() {
    return raw.get("default");
  }

  String listType() {
    return (String) raw.getOrDefault("x-kubernetes-list-type", "atomic");
  }

  List<Map<String, Object>> validations() {
    Object rules = raw.get("x-kubernetes-validations");
    return rules == null ? List.of() : ((List<?>) rules).stream().map(SchemaNode::asMap).toList();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> asMap(Object value) {
    return (Map<String, Object>) value;
  }
}
