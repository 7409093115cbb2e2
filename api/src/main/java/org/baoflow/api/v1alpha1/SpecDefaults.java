package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Default;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;

/**
 * Applies the {@code @Default} values of the model to an object the way the API server applies the
 * CRD's {@code default:} values: a missing field gets its default, and defaulting recurses only
 * into objects (and list items) that exist. The annotations are the single place defaults live: the
 * CRD generator writes them into the CRD and this class applies the same values in Java, where no
 * API server did it (the fabric8 mock server, specs built in code).
 */
public final class SpecDefaults {
  private static final String MODEL_PACKAGE = SpecDefaults.class.getPackageName();

  private SpecDefaults() {}

  /** Fills missing defaulted fields of {@code object} and everything it holds; returns it. */
  public static <T> T apply(T object) {
    if (object != null) {
      applyTo(object);
    }
    return object;
  }

  private static void applyTo(Object object) {
    if (object instanceof Collection<?> items) {
      items.forEach(SpecDefaults::apply);
      return;
    }
    if (!object.getClass().getPackageName().equals(MODEL_PACKAGE) || object.getClass().isEnum()) {
      return;
    }
    for (Field field : object.getClass().getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers())) {
        applyToField(object, field);
      }
    }
  }

  private static void applyToField(Object owner, Field field) {
    try {
      field.setAccessible(true);
      Object value = field.get(owner);
      Default annotation = field.getAnnotation(Default.class);
      if (value == null && annotation != null) {
        field.set(owner, parse(annotation.value(), field.getType()));
      } else if (value != null) {
        applyTo(value);
      }
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot default " + field, e);
    }
  }

  /** Parses a default as the CRD states it into the field's Java type. */
  static Object parse(String text, Class<?> type) {
    if (type == String.class) {
      return text;
    }
    if (type == Integer.class) {
      return Integer.valueOf(text);
    }
    if (type == Long.class) {
      return Long.valueOf(text);
    }
    if (type == Boolean.class) {
      return Boolean.valueOf(text);
    }
    if (type.isEnum()) {
      return enumByWireValue(text, type);
    }
    throw new IllegalArgumentException("no default parser for " + type);
  }

  private static Object enumByWireValue(String text, Class<?> type) {
    for (Field constant : type.getFields()) {
      JsonProperty wire = constant.getAnnotation(JsonProperty.class);
      if (constant.isEnumConstant() && wire != null && wire.value().equals(text)) {
        try {
          return constant.get(null);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    throw new IllegalArgumentException(text + " is not a value of " + type.getSimpleName());
  }
}
