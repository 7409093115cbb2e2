package org.baoflow.api.validation;

import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.Collection;
import java.util.List;
import org.baoflow.api.validation.ModelFields.ModelField;

/**
 * The structural constraints of the CRD ({@code @Required}, {@code @Pattern}, {@code @Min}, {@code
 * Max}, {@code @Size}), read from the same annotations. An API server enforces them before any CEL
 * rule; specs that never pass one (the fabric8 mock server, specs built in Java) get them here.
 */
final class SchemaRules {
  private SchemaRules() {}

  static void check(Object object, String path, List<Violation> out) {
    if (object == null || !ModelFields.isModel(object.getClass())) {
      return;
    }
    for (ModelField property : ModelFields.of(object.getClass())) {
      String field = path + "." + property.jsonName();
      Object value = property.get(object);
      if (value == null) {
        if (property.field().isAnnotationPresent(Required.class)) {
          out.add(new Violation(field, Messages.required(field)));
        }
        continue;
      }
      checkValue(property, field, value, out);
      if (value instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          check(list.get(i), field + "[" + i + "]", out);
        }
      } else {
        check(value, field, out);
      }
    }
  }

  private static void checkValue(
      ModelField property, String field, Object value, List<Violation> out) {
    Pattern pattern = property.field().getAnnotation(Pattern.class);
    if (pattern != null
        && value instanceof String text
        && !java.util.regex.Pattern.compile(pattern.value()).matcher(text).find()) {
      out.add(new Violation(field, Messages.patternMismatch(field, pattern.value())));
    }
    Min min = property.field().getAnnotation(Min.class);
    if (min != null && value instanceof Number number && number.doubleValue() < min.value()) {
      out.add(new Violation(field, Messages.belowMinimum(field, (long) min.value())));
    }
    Max max = property.field().getAnnotation(Max.class);
    if (max != null && value instanceof Number number && number.doubleValue() > max.value()) {
      out.add(new Violation(field, Messages.aboveMaximum(field, (long) max.value())));
    }
    Size size = property.field().getAnnotation(Size.class);
    long length =
        value instanceof String text
            ? text.length()
            : value instanceof Collection<?> items ? items.size() : -1;
    if (size != null && length >= 0 && (length < size.min() || length > size.max())) {
      out.add(new Violation(field, Messages.sizeOutOfRange(field, size.min(), size.max())));
    }
  }
}
