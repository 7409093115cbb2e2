package org.baoflow.api.validation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.baoflow.api.v1alpha1.OpenBaoCluster;
import org.baoflow.api.v1alpha1.UntypedObject;

/**
 * The JSON properties of the CR model classes, read by reflection so that defaults, unsupported
 * fields and format checks follow the annotations on the model instead of a second list here.
 */
final class ModelFields {
  private static final String MODEL_PACKAGE = OpenBaoCluster.class.getPackageName();

  /** One JSON property of a model class. */
  record ModelField(Field field, String jsonName) {
    Object get(Object owner) {
      try {
        return field.get(owner);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot read " + field, e);
      }
    }

    void set(Object owner, Object value) {
      try {
        field.set(owner, value);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot write " + field, e);
      }
    }
  }

  private ModelFields() {}

  /** Whether {@code type} is a structured model class whose fields are JSON properties. */
  static boolean isModel(Class<?> type) {
    return type.getPackageName().equals(MODEL_PACKAGE)
        && !type.isEnum()
        && type != UntypedObject.class;
  }

  /** The JSON properties of a model class, in declaration order. */
  static List<ModelField> of(Class<?> type) {
    List<ModelField> fields = new ArrayList<>();
    for (Field field : type.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers())) {
        continue;
      }
      field.setAccessible(true);
      JsonProperty property = field.getAnnotation(JsonProperty.class);
      String name =
          property != null && !property.value().isEmpty() ? property.value() : field.getName();
      fields.add(new ModelField(field, name));
    }
    return fields;
  }
}
