package org.situationmap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Data text in Markdown reads back as itself: the reference CommonMark parser (with GitHub's tables
 * and strikethrough) finds exactly the source text, as plain text, in every place the exports put
 * data; and ordinary punctuation is left alone.
 */
class MarkdownTest {
  static List<String> tricky() {
    return List.of(
        "# not a heading",
        "## two",
        "####### seven hashes",
        "#hashtag",
        "C#",
        "ends with #",
        "ends with ##",
        "#",
        "1. not numbered",
        "1) not numbered",
        "2022. A year",
        "123456789. nine digits",
        "1234567890. ten digits",
        "- not a list",
        "-5 degrees",
        "+ plus",
        "* star",
        "*emphasis*",
        "**strong**",
        "_x_",
        "snake_case_name",
        "__init__",
        "Сєвєро_донецьк",
        "`code`",
        "``double``",
        "```",
        "[link](x)",
        "![image](x)",
        "[ref]",
        "[a]: https://example.org",
        "<tag>",
        "</b>",
        "<!-- comment -->",
        "<?php ?>",
        "<!DOCTYPE html>",
        "<https://example.org>",
        "a < b > c",
        "<",
        "\\",
        "a\\b",
        "\\*not emphasis\\*",
        "ends with \\",
        "\\\\double",
        "|",
        "a | b",
        "~~strike~~",
        "~tilde~",
        "~~~",
        "&amp;",
        "&copy",
        "a &copy; b",
        "AT&T",
        "&#35; &#x23;",
        "&",
        "> quote",
        "---",
        "- - -",
        "***",
        "___",
        "===",
        "    indented code",
        "\tafter a tab",
        "line one\nline two",
        "line\r\nbreak",
        "two trailing spaces  \nthen more",
        "multiple   spaces",
        "Donbas: 4.0; the city's \"very fierce\" fight!",
        "https://example.org/a_b?c=d&e=f",
        "Made with 0.1.0-SNAPSHOT (dev)",
        "\uD83C\uDDFA\uD83C\uDDE6 flag");
  }

  /** What the text should read as: one line, without spaces at the ends. */
  private static String plain(String source) {
    return source.replaceAll("\r\n|[\r\n\t]", " ").strip();
  }

  @ParameterizedTest
  @MethodSource("tricky")
  void aParagraphReadsAsTheText(String source) {
    Node doc = MarkdownOracle.parse(Markdown.paragraph(source));
    assertEquals(plain(source), MarkdownOracle.text(MarkdownOracle.only(doc, Paragraph.class)));
    Node between = MarkdownOracle.parse("Before " + Markdown.escape(source) + " after.");
    assertEquals(
        "Before " + plain(source) + " after.",
        MarkdownOracle.text(MarkdownOracle.only(between, Paragraph.class)));
  }

  @ParameterizedTest
  @MethodSource("tricky")
  void aHeadingReadsAsTheText(String source) {
    Heading heading =
        MarkdownOracle.only(
            MarkdownOracle.parse("### " + Markdown.escape(source) + "\n"), Heading.class);
    assertEquals(3, heading.getLevel());
    assertEquals(plain(source), MarkdownOracle.text(heading));
  }

  @ParameterizedTest
  @MethodSource("tricky")
  void aStrongNameInAListItemReadsAsTheText(String source) {
    Node doc = MarkdownOracle.parse("- **" + Markdown.escape(source) + "**: changed\n");
    Node item = MarkdownOracle.only(MarkdownOracle.only(doc, BulletList.class), ListItem.class);
    Node words = MarkdownOracle.only(item, Paragraph.class);
    StrongEmphasis name = assertInstanceOf(StrongEmphasis.class, words.getFirstChild());
    assertEquals(plain(source), MarkdownOracle.text(name));
    assertEquals(": changed", ((Text) name.getNext()).getLiteral());
  }

  @ParameterizedTest
  @MethodSource("tricky")
  void aTableCellReadsAsTheText(String source) {
    Node doc =
        MarkdownOracle.parse(
            "| Oblast | km² |\n|---|---:|\n| " + Markdown.escape(source) + " | 12 |\n");
    TableBlock table = MarkdownOracle.only(doc, TableBlock.class);
    TableRow row = (TableRow) ((TableBody) table.getLastChild()).getFirstChild();
    assertEquals(plain(source), MarkdownOracle.text((TableCell) row.getFirstChild()));
    assertEquals("12", MarkdownOracle.text((TableCell) row.getLastChild()));
  }

  @ParameterizedTest
  @MethodSource("tricky")
  void aLinkLabelReadsAsTheText(String source) {
    String url = "https://example.org/a_b?c=1";
    Node doc = MarkdownOracle.parse("Source: " + Markdown.link(source, url) + ", 12 June 2022");
    Node words = MarkdownOracle.only(doc, Paragraph.class);
    Link link = assertInstanceOf(Link.class, words.getFirstChild().getNext());
    assertEquals(url, link.getDestination());
    assertEquals(plain(source), MarkdownOracle.text(link));
  }

  @Test
  void ordinaryPunctuationIsLeftAlone() {
    for (String ordinary :
        List.of(
            "Donbas: control of places in Luhansk and Donetsk oblasts since 2014",
            "CC BY 4.0; place coordinates from GeoNames (CC BY 4.0)",
            "the city's \"very fierce\" fighting, Russian/LPR officials",
            "0.1.0-SNAPSHOT",
            "small-2022-06-26.png",
            "50% of the town? 3 + 4 = 7, @ 10:00, {x}, $5, ^",
            "snake_case and Сєвєро_донецьк",
            "a < b, C#, AT & T, a\\b")) {
      assertEquals(ordinary, Markdown.escape(ordinary));
      assertEquals(ordinary, Markdown.paragraph(ordinary));
    }
  }

  @Test
  void onlyWhatWouldActIsEscaped() {
    assertEquals(
        "\\*bold\\* \\_x\\_ \\[link\\](u) \\<b> a\\|b \\`c\\`",
        Markdown.escape("*bold* _x_ [link](u) <b> a|b `c`"));
    assertEquals("\\# heading", Markdown.paragraph("# heading"));
    assertEquals("# not at a line start", Markdown.escape("# not at a line start"));
    assertEquals("\\- not a list", Markdown.paragraph("- not a list"));
    assertEquals("1\\. not numbered", Markdown.paragraph("1. not numbered"));
    assertEquals("1. inside a line", Markdown.escape("1. inside a line"));
    assertEquals("line one line two", Markdown.escape("line one\r\nline two"));
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
    Node doc = MarkdownOracle.parse(Markdown.link("[x](javascript:alert(1))", "javascript:x"));
    assertEquals(
        "[x](javascript:alert(1))", MarkdownOracle.text(MarkdownOracle.only(doc, Paragraph.class)));
    assertInstanceOf(Document.class, doc);
  }
}
