package org.baoflow.api.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads YAML files into plain JSON values (maps, lists, strings, numbers, booleans). */
public final class Yaml {
  private static final YAMLMapper MAPPER = new YAMLMapper();

  private Yaml() {}

  /** The single document of {@code file}. */
  public static Map<String, Object> read(Path file) throws IOException {
    List<Map<String, Object>> documents = readAll(file);
    if (documents.size() != 1) {
      throw new IllegalArgumentException(file + " holds " + documents.size() + " documents");
    }
    return documents.get(0);
  }

  /** Every non-empty document of {@code file}, in order. */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> readAll(Path file) throws IOException {
    List<Map<String, Object>> documents = new ArrayList<>();
    try (MappingIterator<Object> values =
        MAPPER.readerFor(Object.class).readValues(Files.readString(file))) {
      while (values.hasNext()) {
        Object document = values.next();
        if (document instanceof Map<?, ?> map) {
          documents.add((Map<String, Object>) map);
        }
      }
    }
    return documents;
  }
}
