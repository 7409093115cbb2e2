package org.baoflow.activities.kube.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The body of an HCL file, block or object: attributes, blocks, comments and blank lines in the
 * order added. {@link #print()} aligns the {@code =} of consecutive one-line attributes the way
 * {@code hclfmt} does, so the rendered files read like hand-written ones.
 */
final class HclBody {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
  private static final String INDENT = "  ";

  private final List<Entry> entries = new ArrayList<>();

  private sealed interface Entry {}

  private record Attribute(String key, HclValue value) implements Entry {}

  private record Block(String type, List<String> labels, HclBody body) implements Entry {}

  private record Comment(String text) implements Entry {}

  private record Blank() implements Entry {}

  HclBody attribute(String key, HclValue value) {
    entries.add(new Attribute(key, value));
    return this;
  }

  HclBody attribute(String key, String value) {
    return attribute(key, HclValue.string(value));
  }

  HclBody attribute(String key, boolean value) {
    return attribute(key, HclValue.bool(value));
  }

  HclBody attribute(String key, long value) {
    return attribute(key, HclValue.number(value));
  }

  /** Adds a string attribute only when the spec sets it. */
  HclBody optional(String key, String value) {
    return value == null ? this : attribute(key, value);
  }

  /** Adds a boolean attribute only when the spec sets it. */
  HclBody optional(String key, Boolean value) {
    return value == null ? this : attribute(key, value.booleanValue());
  }

  /** Adds a number attribute only when the spec sets it. */
  HclBody optional(String key, Integer value) {
    return value == null ? this : attribute(key, value.longValue());
  }

  /** Adds a block whose body {@code content} fills in. */
  HclBody block(String type, List<String> labels, Consumer<HclBody> content) {
    HclBody body = new HclBody();
    content.accept(body);
    entries.add(new Block(type, List.copyOf(labels), body));
    return this;
  }

  /** Adds a block with one label, such as {@code listener "tcp" {...}}. */
  HclBody block(String type, String label, Consumer<HclBody> content) {
    return block(type, List.of(label), content);
  }

  /** Adds a comment; only for the renderer's own text, never for user values. */
  HclBody comment(String text) {
    Arrays.stream(text.split("\n", -1)).forEach(line -> entries.add(new Comment(line)));
    return this;
  }

  HclBody blank() {
    entries.add(new Blank());
    return this;
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The body as the text of a file. */
  String print() {
    StringBuilder out = new StringBuilder();
    printEntries(out, 0);
    return out.toString();
  }

  private void printEntries(StringBuilder out, int depth) {
    String indent = INDENT.repeat(depth);
    int width = 0;
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      if (entry instanceof Attribute attribute && isOneLine(attribute.value())) {
        width = i > 0 && isOneLineAttribute(entries.get(i - 1)) ? width : runWidth(i);
        String key = key(attribute.key());
        out.append(indent).append(key).append(" ".repeat(width - key.length())).append(" = ");
        printValue(out, attribute.value(), depth);
      } else if (entry instanceof Attribute attribute) {
        out.append(indent).append(key(attribute.key())).append(" = ");
        printValue(out, attribute.value(), depth);
      } else if (entry instanceof Block block) {
        out.append(indent).append(block.type());
        block.labels().forEach(label -> out.append(' ').append(Hcl.quote(label)));
        if (block.body().isEmpty()) {
          out.append(" {}");
        } else {
          out.append(" {\n");
          block.body().printEntries(out, depth + 1);
          out.append(indent).append('}');
        }
      } else if (entry instanceof Comment comment) {
        out.append(indent).append(comment.text().isEmpty() ? "#" : "# " + comment.text());
      }
      out.append('\n');
    }
  }

  /** Width of the longest key in the run of one-line attributes starting at {@code start}. */
  private int runWidth(int start) {
    int width = 0;
    for (int i = start; i < entries.size() && isOneLineAttribute(entries.get(i)); i++) {
      width = Math.max(width, key(((Attribute) entries.get(i)).key()).length());
    }
    return width;
  }

  private static boolean isOneLineAttribute(Entry entry) {
    return entry instanceof Attribute attribute && isOneLine(attribute.value());
  }

  private static boolean isOneLine(HclValue value) {
    if (value instanceof HclValue.ListValue list) {
      return list.items().stream().allMatch(HclBody::isOneLine);
    }
    return !(value instanceof HclValue.ObjectValue object) || object.body().isEmpty();
  }

  private static void printValue(StringBuilder out, HclValue value, int depth) {
    if (value instanceof HclValue.Literal literal) {
      out.append(literal.token());
    } else if (value instanceof HclValue.ListValue list) {
      printList(out, list, depth);
    } else if (value instanceof HclValue.ObjectValue object && !object.body().isEmpty()) {
      out.append("{\n");
      object.body().printEntries(out, depth + 1);
      out.append(INDENT.repeat(depth)).append('}');
    } else {
      out.append("{}");
    }
  }

  private static void printList(StringBuilder out, HclValue.ListValue list, int depth) {
    boolean oneLine = isOneLine(list);
    out.append(oneLine ? "[" : "[\n");
    for (int i = 0; i < list.items().size(); i++) {
      if (oneLine) {
        out.append(i == 0 ? "" : ", ");
        printValue(out, list.items().get(i), depth);
      } else {
        out.append(INDENT.repeat(depth + 1));
        printValue(out, list.items().get(i), depth + 1);
        out.append(",\n");
      }
    }
    out.append(oneLine ? "" : INDENT.repeat(depth)).append(']');
  }

  /** Keys that are not identifiers (such as {@code kubernetes.io/namespace}) are quoted. */
  private static String key(String key) {
    return IDENTIFIER.matcher(key).matches() ? key : Hcl.quote(key);
  }
}
