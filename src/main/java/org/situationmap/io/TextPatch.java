package org.situationmap.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The changes that turn a JSON value of one text into a value of another, as replacements of byte
 * ranges of the first text: values that mean the same keep their bytes; a changed scalar is
 * replaced alone; members and elements are removed and inserted one by one where the text has them
 * on lines of their own; anything else is written anew, indented like the text around it (or on one
 * line where the value was on one line). Text that {@link #apply} does not touch stays byte for
 * byte, so an edit of one field changes one line of a file laid out a member a line. One per patch;
 * not thread-safe.
 */
final class TextPatch {
  private static final byte[] NOTHING = new byte[0];

  /** Replace {@code [start, end)} of the old text by {@code text}. */
  record Replacement(int start, int end, byte[] text) {}

  private final byte[] old;
  private final byte[] neu;
  private final List<Replacement> replacements = new ArrayList<>();

  /**
   * @param old the text being changed
   * @param neu the text the new values are taken from
   */
  TextPatch(byte[] old, byte[] neu) {
    this.old = old;
    this.neu = neu;
  }

  /** Adds the changes that turn {@code a} (in the old text) into {@code b} (in the new one). */
  void value(JsonSpan a, JsonSpan b, boolean inLines) {
    replacements.addAll(patch(a, b, inLines));
  }

  /** Inserts {@code b} (from the new text) as the element after {@code anchor} of an array. */
  void insertAfter(JsonSpan anchor, JsonSpan b) {
    replacements.add(insertion(anchor, b));
  }

  /** The changes added so far. */
  List<Replacement> replacements() {
    return List.copyOf(replacements);
  }

  /** {@code old} with {@code replacements}, which do not overlap. */
  static byte[] apply(byte[] old, List<Replacement> replacements) {
    List<Replacement> sorted = new ArrayList<>(replacements);
    sorted.sort(Comparator.comparingInt(Replacement::start).thenComparingInt(Replacement::end));
    ByteArrayOutputStream out = new ByteArrayOutputStream(old.length + 256);
    int at = 0;
    for (Replacement r : sorted) {
      if (r.start() < at) {
        throw new IllegalStateException("overlapping changes at " + r.start());
      }
      out.write(old, at, r.start() - at);
      out.writeBytes(r.text());
      at = r.end();
    }
    out.write(old, at, old.length - at);
    return out.toByteArray();
  }

  private List<Replacement> patch(JsonSpan a, JsonSpan b, boolean inLines) {
    if (a.sameAs(b)) {
      return List.of();
    }
    List<Replacement> parts = null;
    if (a.isObject() && b.isObject()) {
      parts = object(a, b);
    } else if (a.isArray() && b.isArray()) {
      parts = array(a, b);
    }
    if (parts != null) {
      return parts;
    }
    boolean lines = inLines || spansLines(a);
    return List.of(new Replacement(a.start, a.end, render(b, lines, indentAt(old, a.start))));
  }

  /** Member by member, or null when the object must be written anew. */
  private List<Replacement> object(JsonSpan a, JsonSpan b) {
    boolean lines = spansLines(a);
    List<Replacement> out = new ArrayList<>();
    List<JsonSpan.Member> members = new ArrayList<>(a.members.values());
    for (int i = 0; i < members.size(); i++) {
      JsonSpan.Member m = members.get(i);
      JsonSpan.Member n = b.members.get(m.name());
      if (n != null) {
        out.addAll(patch(m.value(), n.value(), lines));
      } else if (!m.value().isEmptyContainer()) {
        if (i == 0) {
          return null;
        }
        out.add(new Replacement(members.get(i - 1).value().end, m.value().end, NOTHING));
      }
    }
    JsonSpan.Member previous = null;
    for (JsonSpan.Member n : b.members.values()) {
      JsonSpan.Member m = a.members.get(n.name());
      if (m != null) {
        previous = m;
      } else if (!n.value().isEmptyContainer()) {
        if (!lines || previous == null) {
          return null;
        }
        String indent = indentAt(old, previous.nameStart());
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        text.writeBytes((",\n" + indent).getBytes(StandardCharsets.UTF_8));
        text.write(neu, n.nameStart(), n.value().start - n.nameStart());
        text.writeBytes(render(n.value(), true, indent));
        out.add(new Replacement(previous.value().end, previous.value().end, text.toByteArray()));
      }
    }
    return out;
  }

  /** Element by element, or null when the array must be written anew. */
  private List<Replacement> array(JsonSpan a, JsonSpan b) {
    List<JsonSpan> x = a.elements;
    List<JsonSpan> y = b.elements;
    boolean lines = spansLines(a);
    List<Replacement> out = new ArrayList<>();
    if (x.size() == y.size()) {
      for (int i = 0; i < x.size(); i++) {
        out.addAll(patch(x.get(i), y.get(i), lines));
      }
      return out;
    }
    if (!lines || x.isEmpty() || y.isEmpty()) {
      return null;
    }
    int min = Math.min(x.size(), y.size());
    int prefix = 0;
    while (prefix < min && x.get(prefix).sameAs(y.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < min - prefix
        && x.get(x.size() - 1 - suffix).sameAs(y.get(y.size() - 1 - suffix))) {
      suffix++;
    }
    int paired = Math.min(x.size(), y.size()) - prefix - suffix;
    for (int i = prefix; i < prefix + paired; i++) {
      out.addAll(patch(x.get(i), y.get(i), true));
    }
    for (int i = prefix + paired; i < x.size() - suffix; i++) {
      if (i == 0) {
        return null;
      }
      out.add(new Replacement(x.get(i - 1).end, x.get(i).end, NOTHING));
    }
    int anchor = prefix + paired - 1;
    for (int j = prefix + paired; j < y.size() - suffix; j++) {
      if (anchor < 0) {
        return null;
      }
      out.add(insertion(x.get(anchor), y.get(j)));
    }
    return out;
  }

  private Replacement insertion(JsonSpan anchor, JsonSpan b) {
    String indent = indentAt(old, anchor.start);
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    text.writeBytes((",\n" + indent).getBytes(StandardCharsets.UTF_8));
    text.writeBytes(render(b, spansLines(anchor), indent));
    return new Replacement(anchor.end, anchor.end, text.toByteArray());
  }

  /** {@code b} as the new text has it, re-indented to {@code indent}, or on one line. */
  private byte[] render(JsonSpan b, boolean lines, String indent) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!lines) {
      compact(b, out);
      return out.toByteArray();
    }
    String own = indentAt(neu, b.start);
    for (int i = b.start; i < b.end; i++) {
      out.write(neu[i]);
      if (neu[i] == '\n') {
        i += own.length();
        out.writeBytes(indent.getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toByteArray();
  }

  private void compact(JsonSpan b, ByteArrayOutputStream out) {
    if (b.isObject()) {
      out.write('{');
      boolean first = true;
      for (JsonSpan.Member m : b.members.values()) {
        if (!first) {
          out.write(',');
        }
        first = false;
        out.write(neu, m.nameStart(), m.nameEnd() - m.nameStart());
        out.write(':');
        compact(m.value(), out);
      }
      out.write('}');
    } else if (b.isArray()) {
      out.write('[');
      for (int i = 0; i < b.elements.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        compact(b.elements.get(i), out);
      }
      out.write(']');
    } else {
      out.write(neu, b.start, b.end - b.start);
    }
  }

  private boolean spansLines(JsonSpan a) {
    for (int i = a.start; i < a.end; i++) {
      if (old[i] == '\n') {
        return true;
      }
    }
    return false;
  }

  /** The spaces and tabs that start the line holding offset {@code at}. */
  static String indentAt(byte[] text, int at) {
    int lineStart = at;
    while (lineStart > 0 && text[lineStart - 1] != '\n') {
      lineStart--;
    }
    int end = lineStart;
    while (end < at && (text[end] == ' ' || text[end] == '\t')) {
      end++;
    }
    return new String(text, lineStart, end - lineStart, StandardCharsets.US_ASCII);
  }
}
