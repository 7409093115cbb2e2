package org.baoflow.api.validation;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.baoflow.api.v1alpha1.SealType;
import org.baoflow.api.v1alpha1.StorageProvider;
import org.baoflow.api.v1alpha1.UntypedObject;

/**
 * Fields that are accepted for compatibility with the Go operator but that BaoFlow does not
 * implement yet: every field whose description carries {@link #MARKER}, plus the enum values the
 * seal and storage-provider descriptions name as not implemented.
 */
final class UnsupportedFields {
  /** The words in a field's description that mark it as accepted but not implemented. */
  static final String MARKER = "BaoFlow does not implement it yet";

  private static final Set<Object> UNSUPPORTED_VALUES =
      Set.of(
          SealType.KMIP,
          SealType.OCIKMS,
          SealType.PKCS11,
          StorageProvider.GCS,
          StorageProvider.AZURE);

  private UnsupportedFields() {}

  static List<String> of(Object spec) {
    List<String> found = new ArrayList<>();
    SpecWalker.walk(
        spec,
        "spec",
        (path, property, value) -> {
          JsonPropertyDescription description =
              property.field().getAnnotation(JsonPropertyDescription.class);
          if (description != null && description.value().contains(MARKER) && isUsed(value)) {
            found.add(path);
          }
          if (UNSUPPORTED_VALUES.contains(value)) {
            found.add(path + "=" + value);
          }
        });
    return found;
  }

  /** Whether a value asks for something; {@code false}, {@code []} and {@code {}} do not. */
  private static boolean isUsed(Object value) {
    return !Boolean.FALSE.equals(value)
        && !(value instanceof Collection<?> items && items.isEmpty())
        && !(value instanceof UntypedObject object && object.values().isEmpty());
  }
}
