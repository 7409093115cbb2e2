package org.baoflow.api.validation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Default;
import java.util.List;
import org.baoflow.api.validation.ModelFields.ModelField;

/**
 * Applies the {@code @Default} values of the model to a spec the way the Kubernetes API server
 * applies the CRD's structural defaults: a default fills an absent field only inside an object that
 * exists, and list elements are defaulted one by one. The annotations are the only place defaults
 * live (the CRD generator reads the same ones), so specs that never pass an API server (the fabric8
 * mock server, specs built in Java) end up exactly as a real server would store them.
 */
public final class SpecDefaults {
  private SpecDefaults() {}

  /** Fills the absent defaulted fields of {@code spec} and of every object below it, in place. */
  public static <T> T apply(T spec) {
    fill(spec);
    return spec;
  }

  private static void fill(Object object) {
    if (object == null || !ModelFields.isModel(object.getClass())) {
      return;
    }
    for (ModelField property : ModelFields.of(object.getClass())) {
      Object value = property.get(object);
      Default fallback = property.field().getAnnotation(Default.class);
      if (value == null && fallback != null) {
        value = parse(fallback.value(), property.field().getType());
        property.set(object, value);
      }
      if (value instanceof List<?> list) {
        list.forEach(SpecDefaults::fill);
      } else {
        fill(value);
      }
    }
  }

  /** The Java value of a default literal, for the field types the model uses. */
  static Object parse(String literal, Class<?> type) {
    if (type == String.class) {
      return literal;
    }
    if (type == Boolean.class) {
      if (!literal.equals("true") && !literal.equals("false")) {
        throw new IllegalStateException("not a boolean default: " + literal);
      }
      return Boolean.valueOf(literal);
    }
    if (type == Integer.class) {
      return Integer.valueOf(literal);
    }
    if (type == Long.class) {
      return Long.valueOf(literal);
    }
    if (type.isEnum()) {
      return enumConstant(literal, type);
    }
    throw new IllegalStateException("no default conversion for " + type.getName());
  }

  private static Object enumConstant(String wireValue, Class<?> type) {
    for (Object constant : type.getEnumConstants()) {
      String name = ((Enum<?>) constant).name();
      try {
        JsonProperty property = type.getField(name).getAnnotation(JsonProperty.class);
        if (property != null && property.value().equals(wireValue)) {
          return constant;
        }
      } catch (NoSuchFieldException e) {
        throw new IllegalStateException("enum constant without field: " + name, e);
      }
    }
    throw new IllegalStateException(wireValue + " is not a value of " + type.getName());
  }
}
