package org.situationmap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownTest {
  @Test
  void escapesMarkupAndFoldsLines() {
    assertEquals(
        "\\# \\*bold\\* \\_x\\_ \\[link\\](u) \\<b\\> a\\|b \\`c\\` \\!x line two",
        Markdown.escape("# *bold* _x_ [link](u) <b> a|b `c` !x line\ntwo"));
  }

  @Test
  void linksKeepTheUrlButEscapeTheLabel() {
    assertEquals(
        "[A \\*B\\*](<https://example.org/a%20b%3E>)",
        Markdown.link("A *B*", "https://example.org/a b>"));
    assertEquals("plain", Markdown.link("plain", null));
  }
}
