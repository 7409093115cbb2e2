package org.baoflow.activities.kube.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A strict parser of the HCL 1 subset OpenBao reads, for tests: attributes, blocks with labels,
 * strings, numbers, booleans, lists and objects. It rejects what OpenBao would misread: raw line
 * breaks or control characters in strings, unknown escapes, {@code ${} interpolations and {@code
 * %{} template directives (HCL 2), unbalanced braces and brackets, and an attribute set twice in
 * one body. Strings are decoded, so a test compares the value OpenBao sees with the spec's.
 */
final class HclDocument {
  private final String text;
  private int pos;

  private HclDocument(String text) {
    this.text = text;
  }

  /** Parses a whole file. */
  static Body parse(String text) {
    HclDocument parser = new HclDocument(text);
    Body body = parser.body(false);
    parser.skipSpace();
    if (parser.pos != text.length()) {
      throw parser.error("unexpected " + text.charAt(parser.pos));
    }
    return body;
  }

  /** An attribute or a block. */
  sealed interface Item permits Attribute, Block {}

  record Attribute(String key, Object value) implements Item {}

  record Block(String type, List<String> labels, Body body) implements Item {}

  /** A body: a file, a block's content or an object value. */
  record Body(List<Item> items) {

    /** The value of attribute {@code key}: String, BigDecimal, Boolean, List or Body. */
    Object get(String key) {
      return items.stream()
          .filter(item -> item instanceof Attribute attribute && attribute.key().equals(key))
          .map(item -> ((Attribute) item).value())
          .findFirst()
          .orElseThrow(() -> new AssertionError("no attribute " + key + " in " + keys()));
    }

    boolean has(String key) {
      return keys().contains(key);
    }

    String string(String key) {
      return (String) get(key);
    }

    List<Object> list(String key) {
      return new ArrayList<Object>((List<?>) get(key));
    }

    Body object(String key) {
      return (Body) get(key);
    }

    /** Attribute keys in order. */
    List<String> keys() {
      return items.stream()
          .filter(Attribute.class::isInstance)
          .map(item -> ((Attribute) item).key())
          .toList();
    }

    /** The blocks of a type, in order. */
    List<Block> blocks(String type) {
      return items.stream()
          .filter(item -> item instanceof Block block && block.type().equals(type))
          .map(Block.class::cast)
          .toList();
    }

    /** The one block with this type and these labels. */
    Body block(String type, String... labels) {
      List<Block> matching =
          blocks(type).stream().filter(block -> block.labels().equals(List.of(labels))).toList();
      if (matching.size() != 1) {
        throw new AssertionError(
            matching.size() + " blocks " + type + " " + List.of(labels) + " in " + this);
      }
      return matching.get(0).body();
    }
  }

  private Body body(boolean nested) {
    List<Item> items = new ArrayList<>();
    Set<String> attributes = new HashSet<>();
    while (true) {
      skipSpace();
      if (pos == text.length() || (nested && peek() == '}')) {
        return new Body(items);
      }
      String key = peek() == '"' ? string() : identifier();
      skipSpace();
      if (peek() == '=') {
        pos++;
        if (!attributes.add(key)) {
          throw error("attribute " + key + " set twice");
        }
        items.add(new Attribute(key, value()));
        skipSpace();
        if (pos < text.length() && peek() == ',') {
          pos++;
        }
      } else {
        List<String> labels = new ArrayList<>();
        while (peek() == '"') {
          labels.add(string());
          skipSpace();
        }
        expect('{');
        Body body = body(true);
        expect('}');
        items.add(new Block(key, List.copyOf(labels), body));
      }
    }
  }

  private Object value() {
    skipSpace();
    char c = peek();
    if (c == '"') {
      return string();
    }
    if (c == '[') {
      pos++;
      List<Object> items = new ArrayList<>();
      while (true) {
        skipSpace();
        if (peek() == ']') {
          pos++;
          return items;
        }
        items.add(value());
        skipSpace();
        if (peek() == ',') {
          pos++;
        } else if (peek() != ']') {
          throw error("expected , or ] in a list");
        }
      }
    }
    if (c == '{') {
      pos++;
      Body body = body(true);
      expect('}');
      return body;
    }
    if (c == '-' || Character.isDigit(c)) {
      int start = pos++;
      while (pos < text.length() && "0123456789.eE+-".indexOf(peek()) >= 0) {
        pos++;
      }
      return new BigDecimal(text.substring(start, pos));
    }
    String word = identifier();
    return switch (word) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw error("unexpected word " + word);
    };
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      if (pos == text.length()) {
        throw error("string not terminated");
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20 || c == 0x7f) {
        throw error("raw control character " + (int) c + " in a string");
      }
      if ((c == '$' || c == '%') && pos < text.length() && peek() == '{') {
        throw error("raw " + c + "{ in a string would start an interpolation or directive");
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char escape = text.charAt(pos++);
      switch (escape) {
        case '\\' -> out.append('\\');
        case '"' -> out.append('"');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          pos += 4;
        }
        default -> throw error("unknown escape \\" + escape);
      }
    }
  }

  private String identifier() {
    int start = pos;
    if (pos < text.length() && (Character.isLetter(peek()) || peek() == '_')) {
      pos++;
      while (pos < text.length()
          && (Character.isLetterOrDigit(peek())
              || peek() == '_'
              || peek() == '-'
              || peek() == '.')) {
        pos++;
      }
    }
    if (start == pos) {
      throw error("expected an identifier");
    }
    return text.substring(start, pos);
  }

  private void skipSpace() {
    while (pos < text.length()) {
      char c = peek();
      if (c == '#') {
        while (pos < text.length() && peek() != '\n') {
          pos++;
        }
      } else if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
        pos++;
      } else {
        return;
      }
    }
  }

  private void expect(char c) {
    skipSpace();
    if (pos >= text.length() || peek() != c) {
      throw error("expected " + c);
    }
    pos++;
  }

  private char peek() {
    if (pos >= text.length()) {
      throw error("unexpected end of file");
    }
    return text.charAt(pos);
  }

  private IllegalArgumentException error(String message) {
    int line =
        (int) text.substring(0, Math.min(pos, text.length())).chars().filter(c -> c == '\n').count()
            + 1;
    return new IllegalArgumentException(message + " at line " + line);
  }
}
