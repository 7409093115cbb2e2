package org.baoflow.lane.sim.hcl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/** A body: a whole file, a block's content or an object value; entries in file order. */
public record HclBody(List<HclItem> items) {

  /** Copies the entries. */
  public HclBody {
    items = List.copyOf(items);
  }

  /** The attribute {@code key}, if set. */
  public Optional<HclAttribute> attribute(String key) {
    return items.stream()
        .filter(HclAttribute.class::isInstance)
        .map(HclAttribute.class::cast)
        .filter(attribute -> attribute.key().equals(key))
        .findFirst();
  }

  /** The value of attribute {@code key}: String, BigDecimal, Boolean, List or HclBody. */
  public Object get(String key) {
    return attribute(key)
        .map(HclAttribute::value)
        .orElseThrow(() -> new NoSuchElementException("no attribute " + key + " in " + keys()));
  }

  /** Whether attribute {@code key} is set. */
  public boolean has(String key) {
    return attribute(key).isPresent();
  }

  /** The string value of {@code key}. */
  public String string(String key) {
    return typed(key, String.class);
  }

  /** The number value of {@code key}. */
  public BigDecimal number(String key) {
    return typed(key, BigDecimal.class);
  }

  /** The boolean value of {@code key}. */
  public boolean bool(String key) {
    return typed(key, Boolean.class);
  }

  /** The list value of {@code key}, as a copy. */
  public List<Object> list(String key) {
    List<?> list = typed(key, List.class);
    return new ArrayList<>(list);
  }

  /** The object value of {@code key}. */
  public HclBody object(String key) {
    return typed(key, HclBody.class);
  }

  /** Attribute keys in file order. */
  public List<String> keys() {
    return items.stream()
        .filter(HclAttribute.class::isInstance)
        .map(item -> ((HclAttribute) item).key())
        .toList();
  }

  /** All blocks, in file order. */
  public List<HclBlock> blocks() {
    return items.stream().filter(HclBlock.class::isInstance).map(HclBlock.class::cast).toList();
  }

  /** The blocks of a type, in file order. */
  public List<HclBlock> blocks(String type) {
    return blocks().stream().filter(block -> block.type().equals(type)).toList();
  }

  /** The body of the one block with this type and these labels. */
  public HclBody block(String type, String... labels) {
    List<HclBlock> matching =
        blocks(type).stream().filter(block -> block.labels().equals(List.of(labels))).toList();
    if (matching.size() != 1) {
      throw new NoSuchElementException(
          matching.size() + " blocks " + type + " " + List.of(labels) + " instead of one");
    }
    return matching.get(0).body();
  }

  /**
   * The attributes as a map in file order, objects as nested maps and lists as lists: the shape
   * OpenBao hands a request's data to its handlers. Blocks are not attributes and are left out.
   */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    for (HclItem item : items) {
      if (item instanceof HclAttribute attribute) {
        map.put(attribute.key(), plain(attribute.value()));
      }
    }
    return map;
  }

  private static Object plain(Object value) {
    if (value instanceof HclBody body) {
      return body.toMap();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(HclBody::plain).toList();
    }
    return value;
  }

  private <T> T typed(String key, Class<T> type) {
    Object value = get(key);
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException(
          "attribute "
              + key
              + " is "
              + HclValues.describe(value)
              + ", not "
              + type.getSimpleName());
    }
    return type.cast(value);
  }
}
