package org.baoflow.api.validation;

import java.util.List;
import org.baoflow.api.validation.ModelFields.ModelField;

/** Visits every present property of a spec, depth first, with its path as users write it. */
final class SpecWalker {
  /** Receives one present property. */
  interface Visitor {
    void visit(String path, ModelField property, Object value);
  }

  private SpecWalker() {}

  /** Walks {@code object}, whose own path is {@code path} (such as {@code spec}). */
  static void walk(Object object, String path, Visitor visitor) {
    if (object == null || !ModelFields.isModel(object.getClass())) {
      return;
    }
    for (ModelField property : ModelFields.of(object.getClass())) {
      Object value = property.get(object);
      if (value == null) {
        continue;
      }
      String childPath = path + "." + property.jsonName();
      visitor.visit(childPath, property, value);
      if (value instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          walk(list.get(i), childPath + "[" + i + "]", visitor);
        }
      } else {
        walk(value, childPath, visitor);
      }
    }
  }
}
