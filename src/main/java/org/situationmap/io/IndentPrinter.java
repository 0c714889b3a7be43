package org.situationmap.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * Pretty printing with two spaces per level, {@code "name": value}, one member or element per line,
 * and {@code []} / <code>{}</code> for empty containers, down to a given nesting level; containers
 * nested deeper are written on one line without spaces. Stateful: one per generator.
 */
final class IndentPrinter implements PrettyPrinter {
  private final int indentedLevels;
  private int depth;

  /**
   * A printer that spreads the containers of the first {@code indentedLevels} levels over lines (1:
   * the top-level object's members; {@link Integer#MAX_VALUE}: every level).
   */
  IndentPrinter(int indentedLevels) {
    this.indentedLevels = indentedLevels;
  }

  private boolean indented() {
    return depth <= indentedLevels;
  }

  private void newline(JsonGenerator g, int level) throws IOException {
    g.writeRaw('\n');
    for (int i = 0; i < level; i++) {
      g.writeRaw("  ");
    }
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw('\n');
  }

  @Override
  public void writeStartObject(JsonGenerator g) throws IOException {
    g.writeRaw('{');
    depth++;
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) throws IOException {
    boolean indented = indented();
    depth--;
    if (entries > 0 && indented) {
      newline(g, depth);
    }
    g.writeRaw('}');
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
    g.writeRaw(',');
    if (indented()) {
      newline(g, depth);
    }
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(indented() ? ": " : ":");
  }

  @Override
  public void writeStartArray(JsonGenerator g) throws IOException {
    g.writeRaw('[');
    depth++;
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) throws IOException {
    boolean indented = indented();
    depth--;
    if (values > 0 && indented) {
      newline(g, depth);
    }
    g.writeRaw(']');
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(',');
    if (indented()) {
      newline(g, depth);
    }
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) throws IOException {
    if (indented()) {
      newline(g, depth);
    }
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) throws IOException {
    if (indented()) {
      newline(g, depth);
    }
  }
}
