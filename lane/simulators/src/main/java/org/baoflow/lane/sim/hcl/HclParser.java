package org.baoflow.lane.sim.hcl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict parser of the HCL 1 subset BaoFlow renders and OpenBao reads: attributes, blocks with
 * quoted labels, strings, heredocs, numbers, booleans, lists and objects, with {@code #}, {@code
 * //} and {@code /* *}{@code /} comments.
 *
 * <p>It reads strings as HCL 1 does: {@code ${...}} is kept verbatim, quotes and escapes inside it
 * included, and never interpolated; {@code %{...}} is plain text; escapes are Go's. Where HCL 1 is
 * lax it is stricter, so that a config OpenBao might misread fails here: an unquoted bare value, an
 * attribute set twice in one body, an unquoted block label and an unbalanced brace are errors.
 * Every error names its line and column.
 */
public final class HclParser {
  private final String text;
  private final int[] lineStarts;
  private int pos;

  private HclParser(String text) {
    this.text = text;
    this.lineStarts = lineStarts(text);
  }

  /** Parses a whole file; throws {@link HclSyntaxException} on malformed input. */
  public static HclBody parse(String text) {
    return new HclParser(text).body(null);
  }

  private HclBody body(HclPosition opener) {
    List<HclItem> items = new ArrayList<>();
    Map<String, HclPosition> attributes = new HashMap<>();
    while (true) {
      skipSpace();
      if (atEnd()) {
        if (opener != null) {
          throw error("the { opened at " + opener + " is not closed");
        }
        return new HclBody(items);
      }
      if (peek() == '}') {
        if (opener == null) {
          throw error("unexpected }: no block or object is open");
        }
        pos++;
        return new HclBody(items);
      }
      HclPosition keyPosition = position();
      String key = peek() == '"' ? string() : key();
      skipSpace();
      if (!atEnd() && peek() == '=') {
        pos++;
        HclPosition first = attributes.putIfAbsent(key, keyPosition);
        if (first != null) {
          throw new HclSyntaxException(
              keyPosition, "attribute " + key + " is already set at " + first + " in this body");
        }
        items.add(new HclAttribute(key, value(), keyPosition));
        skipSpace();
        if (!atEnd() && peek() == ',') {
          pos++;
        }
      } else {
        items.add(block(key, keyPosition));
      }
    }
  }

  private HclBlock block(String type, HclPosition typePosition) {
    List<String> labels = new ArrayList<>();
    while (!atEnd() && peek() == '"') {
      labels.add(string());
      skipSpace();
    }
    if (atEnd() || peek() != '{') {
      throw error(
          "expected = after attribute "
              + type
              + " or a block body {"
              + (atEnd() ? ", found the end of the file" : ", found " + found()));
    }
    HclPosition opener = position();
    pos++;
    return new HclBlock(type, labels, body(opener), typePosition);
  }

  private Object value() {
    skipSpace();
    if (atEnd()) {
      throw error("expected a value, found the end of the file");
    }
    char c = peek();
    if (c == '"') {
      return string();
    }
    if (c == '<' && text.startsWith("<<", pos)) {
      return heredoc();
    }
    if (c == '[') {
      return list();
    }
    if (c == '{') {
      HclPosition opener = position();
      pos++;
      return body(opener);
    }
    if (c == '-' || isDigit(c)) {
      return number();
    }
    if (isKeyStart(c)) {
      HclPosition start = position();
      String word = key();
      return switch (word) {
        case "true" -> Boolean.TRUE;
        case "false" -> Boolean.FALSE;
        default ->
            throw new HclSyntaxException(
                start, "unquoted value " + word + ": strings must be quoted");
      };
    }
    throw error("expected a value, found " + found());
  }

  private List<Object> list() {
    HclPosition opener = position();
    pos++;
    List<Object> values = new ArrayList<>();
    while (true) {
      skipSpace();
      if (atEnd()) {
        throw error("the [ opened at " + opener + " is not closed");
      }
      if (peek() == ']') {
        pos++;
        return values;
      }
      values.add(value());
      skipSpace();
      if (!atEnd() && peek() == ',') {
        pos++;
      } else if (!atEnd() && peek() != ']') {
        throw error("expected , or ] in the list opened at " + opener + ", found " + found());
      }
    }
  }

  private BigDecimal number() {
    HclPosition start = position();
    int from = pos;
    if (peek() == '-') {
      pos++;
    }
    digits();
    if (!atEnd() && peek() == '.') {
      pos++;
      digits();
    }
    if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
      pos++;
      if (!atEnd() && (peek() == '+' || peek() == '-')) {
        pos++;
      }
      digits();
    }
    if (!atEnd() && (isKeyPart(peek()) || peek() == '.')) {
      throw new HclSyntaxException(
          start, "malformed number " + text.substring(from, wordEnd()) + ": quote a string");
    }
    return new BigDecimal(text.substring(from, pos));
  }

  private void digits() {
    if (atEnd() || !isDigit(peek())) {
      throw error("expected a digit, found " + (atEnd() ? "the end of the file" : found()));
    }
    while (!atEnd() && isDigit(peek())) {
      pos++;
    }
  }

  /** A quoted string as HCL 1 scans and unquotes it. */
  private String string() {
    HclPosition start = position();
    pos++;
    StringBuilder out = new StringBuilder();
    while (true) {
      if (atEnd() || peek() == '\n') {
        throw new HclSyntaxException(start, "string not terminated on its line");
      }
      char c = text.charAt(pos);
      if (c == '"') {
        pos++;
        return out.toString();
      }
      if (c == '$' && text.startsWith("${", pos)) {
        out.append(interpolation(start));
      } else if (c == '\\') {
        escape(out);
      } else {
        out.append(c);
        pos++;
      }
    }
  }

  /**
   * {@code ${...}} copied verbatim up to its balancing brace, as HCL 1 does: a quote or line break
   * inside does not end the string and escapes stay undecoded; OpenBao never evaluates it.
   */
  private String interpolation(HclPosition string) {
    int from = pos;
    pos += 2;
    int depth = 1;
    while (depth > 0) {
      if (atEnd()) {
        throw new HclSyntaxException(
            string, "${ in this string is never closed by }, so the string never ends");
      }
      char c = text.charAt(pos++);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      } else if (c == '\\' && !atEnd()) {
        pos++;
      }
    }
    return text.substring(from, pos);
  }

  private void escape(StringBuilder out) {
    HclPosition start = position();
    pos++;
    if (atEnd()) {
      throw new HclSyntaxException(start, "string not terminated");
    }
    char c = text.charAt(pos++);
    switch (c) {
      case 'a' -> out.append('\u0007');
      case 'b' -> out.append('\b');
      case 'f' -> out.append('\f');
      case 'n' -> out.append('\n');
      case 'r' -> out.append('\r');
      case 't' -> out.append('\t');
      case 'v' -> out.append('\u000b');
      case '\\' -> out.append('\\');
      case '"' -> out.append('"');
      case 'x' -> out.appendCodePoint(hex(start, 2));
      case 'u' -> out.appendCodePoint(codePoint(start, hex(start, 4)));
      case 'U' -> out.appendCodePoint(codePoint(start, hex(start, 8)));
      default -> {
        if (c >= '0' && c <= '7') {
          pos--;
          out.append((char) octal(start));
        } else {
          throw new HclSyntaxException(start, "unknown escape \\" + c);
        }
      }
    }
  }

  private int hex(HclPosition start, int length) {
    if (pos + length > text.length()) {
      throw new HclSyntaxException(start, "escape needs " + length + " hex digits");
    }
    String digits = text.substring(pos, pos + length);
    if (!digits.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      throw new HclSyntaxException(start, "escape needs " + length + " hex digits: " + digits);
    }
    pos += length;
    return Integer.parseUnsignedInt(digits, 16);
  }

  private static int codePoint(HclPosition start, int value) {
    if (value > Character.MAX_CODE_POINT || (value >= 0xD800 && value <= 0xDFFF)) {
      throw new HclSyntaxException(
          start, "escape " + Integer.toHexString(value) + " is not a unicode code point");
    }
    return value;
  }

  private int octal(HclPosition start) {
    if (pos + 3 > text.length()
        || !text.substring(pos, pos + 3).chars().allMatch(c -> c >= '0' && c <= '7')) {
      throw new HclSyntaxException(start, "octal escape needs 3 digits");
    }
    int value = Integer.parseInt(text.substring(pos, pos + 3), 8);
    if (value > 0xff) {
      throw new HclSyntaxException(start, "octal escape above \\377");
    }
    pos += 3;
    return value;
  }

  /**
   * {@code <<ANCHOR} or {@code <<-ANCHOR}, the text up to a line holding only the anchor (spaces
   * before it allowed), raw. The dash form removes the terminator's indentation from every line
   * when all lines have it, as HCL 1 does.
   */
  private String heredoc() {
    HclPosition start = position();
    pos += 2;
    boolean indented = !atEnd() && peek() == '-';
    if (indented) {
      pos++;
    }
    int anchorStart = pos;
    while (!atEnd() && isKeyPart(peek()) && peek() != '.') {
      pos++;
    }
    String anchor = text.substring(anchorStart, pos);
    if (anchor.isEmpty() || !isKeyStart(anchor.charAt(0))) {
      throw new HclSyntaxException(start, "heredoc needs an anchor such as <<EOT");
    }
    if (text.startsWith("\r\n", pos)) {
      pos++;
    }
    if (atEnd() || peek() != '\n') {
      throw new HclSyntaxException(start, "heredoc anchor " + anchor + " must end its line");
    }
    pos++;
    List<String> lines = new ArrayList<>();
    while (true) {
      if (atEnd()) {
        throw new HclSyntaxException(
            start, "heredoc <<" + (indented ? "-" : "") + anchor + " is never terminated");
      }
      int end = text.indexOf('\n', pos);
      int next = end < 0 ? text.length() : end + 1;
      String line = text.substring(pos, end < 0 ? text.length() : end);
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      if (line.strip().equals(anchor) && line.endsWith(anchor)) {
        pos += line.indexOf(anchor) + anchor.length();
        String indent = line.substring(0, line.indexOf(anchor));
        return heredocText(lines, indented ? indent : "");
      }
      lines.add(line);
      pos = next;
    }
  }

  private static String heredocText(List<String> lines, String indent) {
    boolean strip = !indent.isEmpty() && lines.stream().allMatch(line -> line.startsWith(indent));
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(strip ? line.substring(indent.length()) : line).append('\n');
    }
    return out.toString();
  }

  private String key() {
    if (atEnd() || !isKeyStart(peek())) {
      throw error(
          "expected an attribute name or block type, found "
              + (atEnd() ? "the end of the file" : found()));
    }
    int from = pos;
    while (!atEnd() && isKeyPart(peek())) {
      pos++;
    }
    return text.substring(from, pos);
  }

  private void skipSpace() {
    while (!atEnd()) {
      char c = peek();
      if (c == '#' || text.startsWith("//", pos)) {
        while (!atEnd() && peek() != '\n') {
          pos++;
        }
      } else if (text.startsWith("/*", pos)) {
        HclPosition start = position();
        int end = text.indexOf("*/", pos + 2);
        if (end < 0) {
          throw new HclSyntaxException(start, "comment /* is never closed");
        }
        pos = end + 2;
      } else if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
        pos++;
      } else {
        return;
      }
    }
  }

  private int wordEnd() {
    int end = pos;
    while (end < text.length() && (isKeyPart(text.charAt(end)) || text.charAt(end) == '.')) {
      end++;
    }
    return end;
  }

  private String found() {
    int end = Math.max(wordEnd(), pos + 1);
    return "'" + text.substring(pos, Math.min(end, pos + 40)) + "'";
  }

  private static boolean isKeyStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  private static boolean isKeyPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private boolean atEnd() {
    return pos >= text.length();
  }

  private char peek() {
    return text.charAt(pos);
  }

  private HclPosition position() {
    int index = Arrays.binarySearch(lineStarts, pos);
    int line = index >= 0 ? index : -index - 2;
    return new HclPosition(line + 1, pos - lineStarts[line] + 1);
  }

  private HclSyntaxException error(String message) {
    return new HclSyntaxException(position(), message);
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }
}
