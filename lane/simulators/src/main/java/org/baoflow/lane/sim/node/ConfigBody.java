package org.baoflow.lane.sim.node;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.baoflow.lane.sim.hcl.HclAttribute;
import org.baoflow.lane.sim.hcl.HclBlock;
import org.baoflow.lane.sim.hcl.HclBody;
import org.baoflow.lane.sim.hcl.HclItem;
import org.baoflow.lane.sim.hcl.HclPosition;

/**
 * A stanza's body read against its schema: the name it is reported under, key checks and the value
 * conversions OpenBao's config decoding does (a boolean may be written as {@code "true"}, a string
 * setting as a number).
 */
final class ConfigBody {
  private final String name;
  private final HclBody body;
  private final HclPosition position;

  ConfigBody(String name, HclBody body, HclPosition position) {
    this.name = name;
    this.body = body;
    this.position = position;
  }

  static ConfigBody of(HclBlock block) {
    StringBuilder name = new StringBuilder(block.type());
    block.labels().forEach(label -> name.append(" \"").append(label).append('"'));
    return new ConfigBody(name.toString(), block.body(), block.position());
  }

  String name() {
    return name;
  }

  HclBody body() {
    return body;
  }

  /** Fails on an attribute or block this stanza does not know, naming it and where it is. */
  void allowOnly(Set<String> attributes, Set<String> blocks) {
    for (HclItem item : body.items()) {
      if (item instanceof HclAttribute attribute && !attributes.contains(attribute.key())) {
        throw error(item.position(), "unknown key " + attribute.key() + " in " + name);
      }
      if (item instanceof HclBlock block && !blocks.contains(block.type())) {
        String problem =
            attributes.contains(block.type())
                ? block.type() + " must be an attribute (key = value)"
                : "unknown block " + block.type();
        throw error(item.position(), problem + " in " + name);
      }
    }
  }

  Optional<String> string(String key) {
    return body.attribute(key).map(attribute -> stringValue(attribute));
  }

  String requiredString(String key) {
    return string(key)
        .filter(value -> !value.isEmpty())
        .orElseThrow(() -> error(position, "'" + key + "' must be set in " + name));
  }

  Optional<Boolean> bool(String key) {
    return body.attribute(key).map(this::boolValue);
  }

  Optional<List<String>> strings(String key) {
    return body.attribute(key)
        .map(
            attribute -> {
              if (!(attribute.value() instanceof List<?> list)) {
                throw error(attribute.position(), key + " in " + name + " must be a list");
              }
              List<String> values = new ArrayList<>();
              for (Object value : list) {
                if (!(value instanceof String text)) {
                  throw error(attribute.position(), key + " in " + name + " must list strings");
                }
                values.add(text);
              }
              return List.copyOf(values);
            });
  }

  /** Every attribute as a plain value (objects as maps), in file order. */
  Map<String, Object> attributes() {
    return body.toMap();
  }

  /** Every attribute as a string, as OpenBao decodes seal and storage settings. */
  Map<String, String> stringAttributes() {
    Map<String, String> values = new LinkedHashMap<>();
    for (HclItem item : body.items()) {
      if (item instanceof HclAttribute attribute) {
        values.put(attribute.key(), stringValue(attribute));
      }
    }
    return values;
  }

  /** A block that may also be written as an object attribute: {@code options {}} or {@code =}. */
  Optional<ConfigBody> nested(String key) {
    List<HclBlock> blocks = body.blocks(key);
    if (blocks.size() > 1) {
      throw error(blocks.get(1).position(), "only one " + key + " block is permitted in " + name);
    }
    if (!blocks.isEmpty()) {
      HclBlock block = blocks.get(0);
      if (!block.labels().isEmpty()) {
        throw error(block.position(), key + " in " + name + " takes no labels");
      }
      return Optional.of(new ConfigBody(key + " in " + name, block.body(), block.position()));
    }
    return body.attribute(key)
        .map(
            attribute -> {
              if (!(attribute.value() instanceof HclBody object)) {
                throw error(attribute.position(), key + " in " + name + " must be an object");
              }
              return new ConfigBody(key + " in " + name, object, attribute.position());
            });
  }

  NodeConfigException error(String message) {
    return error(position, message);
  }

  static NodeConfigException error(HclPosition position, String message) {
    return new NodeConfigException("error in config at " + position + ": " + message);
  }

  private String stringValue(HclAttribute attribute) {
    if (attribute.value() instanceof String text) {
      return text;
    }
    if (attribute.value() instanceof BigDecimal number) {
      return number.toPlainString();
    }
    if (attribute.value() instanceof Boolean flag) {
      return flag.toString();
    }
    throw error(
        attribute.position(),
        attribute.key() + " in " + name + " must be a string, not a list or object");
  }

  /** Go's strconv.ParseBool, which OpenBao applies to booleans given as strings or numbers. */
  private boolean boolValue(HclAttribute attribute) {
    Object value = attribute.value();
    if (value instanceof Boolean flag) {
      return flag;
    }
    String text =
        value instanceof BigDecimal number ? number.toPlainString() : String.valueOf(value);
    if (value instanceof String || value instanceof BigDecimal) {
      switch (text) {
        case "1", "t", "T", "TRUE", "true", "True" -> {
          return true;
        }
        case "0", "f", "F", "FALSE", "false", "False" -> {
          return false;
        }
        default -> {}
      }
    }
    throw error(attribute.position(), attribute.key() + " in " + name + " must be a boolean");
  }
}
