package org.situationmap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownTest {
  @Test
  void escapesMarkupAndFoldsLines() {
    assertEquals(
        "\\# \\*bold\\* \\_x\\_ \\[link\\]\\(u\\) \\<b\\> a\\|b \\`c\\` \\!x line two",
        Markdown.escape("# *bold* _x_ [link](u) <b> a|b `c` !x line\ntwo"));
  }

  @Test
  void aParagraphCannotBecomeAListOrANumberedItem() {
    assertEquals("\\- not a list", Markdown.escape("- not a list"));
    assertEquals("1\\. not numbered", Markdown.escape("1. not numbered"));
  }

  @Test
  void linksKeepTheUrlButEscapeTheLabel() {
    assertEquals(
        "[A \\*B\\*](<https://example.org/a_b?c=1>)",
        Markdown.link("A *B*", "https://example.org/a_b?c=1"));
    assertEquals("plain", Markdown.link("plain", null));
  }

  @Test
  void onlyOpenableUrlsBecomeLinks() {
    assertEquals("click", Markdown.link("click", "javascript:alert(1)"));
    assertEquals("file", Markdown.link("file", "file:///etc/passwd"));
    assertEquals("spaced", Markdown.link("spaced", "https://example.org/a b"));
  }
}
