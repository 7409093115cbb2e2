package org.baoflow.api.cel;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.cel.common.types.CelType;
import dev.cel.common.types.CelTypeProvider;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CEL types of schema nodes, declared as Kubernetes declares them so that rules type-check as they
 * would in an API server: objects with properties are struct types whose fields are the (escaped)
 * properties, objects with {@code additionalProperties} are maps, arrays are lists, int-or-string
 * is dyn. Unknown fields of a preserve-unknown object are not accessible.
 */
final class SchemaCelTypes implements CelTypeProvider {
  private final Map<Map<String, Object>, CelType> byNode = new IdentityHashMap<>();
  private final List<CelType> structs = new ArrayList<>();

  /** The type of {@code node}, whose path names its struct type. */
  CelType typeOf(SchemaNode node, String path) {
    CelType known = byNode.get(node.raw());
    if (known != null) {
      return known;
    }
    CelType type = build(node, path);
    byNode.put(node.raw(), type);
    return type;
  }

  private CelType build(SchemaNode node, String path) {
    if (node.intOrString()) {
      return SimpleType.DYN;
    }
    String type = node.type() == null ? "" : node.type();
    return switch (type) {
      case "string" -> SimpleType.STRING;
      case "integer" -> SimpleType.INT;
      case "number" -> SimpleType.DOUBLE;
      case "boolean" -> SimpleType.BOOL;
      case "array" -> ListType.create(typeOf(node.items(), path + ".items"));
      case "object" -> objectType(node, path);
      default -> SimpleType.DYN;
    };
  }

  private CelType objectType(SchemaNode node, String path) {
    if (node.additionalProperties() != null) {
      return MapType.create(
          SimpleType.STRING, typeOf(node.additionalProperties(), path + ".values"));
    }
    Map<String, CelType> fields = new LinkedHashMap<>();
    node.properties()
        .forEach(
            (name, child) -> {
              String celName = CelNames.escape(name);
              if (celName != null) {
                fields.put(celName, typeOf(child, path + "." + name));
              }
            });
    StructType struct =
        StructType.create(
            "crd" + path,
            ImmutableSet.copyOf(fields.keySet()),
            f -> Optional.ofNullable(fields.get(f)));
    structs.add(struct);
    return struct;
  }

  @Override
  public ImmutableCollection<CelType> types() {
    return ImmutableList.copyOf(structs);
  }

  @Override
  public Optional<CelType> findType(String typeName) {
    return structs.stream().filter(t -> t.name().equals(typeName)).findFirst();
  }
}
