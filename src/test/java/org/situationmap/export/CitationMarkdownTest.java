package org.situationmap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.situationmap.domain.ControlChange;
import org.situationmap.domain.Note;
import org.situationmap.domain.Place;
import org.situationmap.domain.Source;
import org.situationmap.layer.BundledLayer;
import org.situationmap.layer.Layer;
import org.situationmap.map.tiles.BasemapKind;
import org.situationmap.text.Messages;
import org.situationmap.timeline.TimelineIndex;

/**
 * The citation Markdown of the bundled layer, read back by the reference CommonMark parser: every
 * name, note, title and publisher reads as written (a note with no character Markdown could act on
 * is written as it is), each source links where the data says, and every date is written one way.
 */
class CitationMarkdownTest {
  private static final Messages TEXT = Messages.of(Locale.ENGLISH);

  /** Characters Markdown may act on somewhere; text without them needs no escape anywhere. */
  private static final String MARKUP = "\\`*_[]<>&#|~";

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static Layer bundled;

  @BeforeAll
  static void read() throws Exception {
    bundled = Layer.read(BundledLayer.standard().file().orElseThrow());
  }

  private static String render(LocalDate date, int selected) {
    ExportRequest r =
        new ExportRequest(
            bundled,
            date,
            selected,
            Viewport.fit(Viewport.dataBox(bundled), 1600, 1000, ExportOptions.ALL),
            1,
            null,
            ExportOptions.ALL,
            "1.0",
            TEXT);
    return CitationMarkdown.render(r, "map.png", BasemapKind.OFFLINE.attribution());
  }

  @Test
  void everyNoteOfTheBundledLayerReadsBackAsWritten() {
    TimelineIndex index = bundled.index();
    LocalDate last = index.lastDate();
    int checked = 0;
    int plain = 0;
    for (int i = 0; i < index.size(); i++) {
      List<Note> notes = index.notesUpTo(i, last);
      if (notes.isEmpty()) {
        continue;
      }
      String md = render(last, i);
      Node doc = MarkdownOracle.parse(md);
      Node at = section(doc, "Notes on " + index.place(i).name() + " up to " + TEXT.date(last));
      for (Note note : notes) {
        at = at.getNext();
        String heading = TEXT.date(note.date());
        if (note.title() != null) {
          heading += ": " + note.title();
        }
        assertEquals(heading, MarkdownOracle.text(as(Heading.class, at)));
        at = at.getNext();
        assertEquals(oneLine(note.text()), MarkdownOracle.text(as(Paragraph.class, at)));
        if (note.text().chars().noneMatch(c -> MARKUP.indexOf(c) >= 0)) {
          assertTrue(md.contains("\n" + oneLine(note.text()) + "\n"), "as written: " + note);
          plain++;
        }
        at = at.getNext();
        assertSources(note.sources(), as(BulletList.class, at));
        checked++;
      }
    }
    assertTrue(checked > 100, "the bundled layer's notes were read: " + checked);
    assertTrue(plain > 100, "notes with no Markdown characters are written as they are: " + plain);
  }

  @Test
  void everyChangeOfAWeekNamesItsPlaceAndSourcesAsWritten() {
    TimelineIndex index = bundled.index();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < index.size(); i++) {
      names.add(index.place(i).name());
    }
    int checked = 0;
    for (LocalDate date : List.of(LocalDate.of(2022, 6, 26), LocalDate.of(2022, 9, 12))) {
      Node doc = MarkdownOracle.parse(render(date, -1));
      Node changes = section(doc, "Changes from " + TEXT.date(date.minusDays(6)) + " to ");
      for (Node item = changes.getNext().getFirstChild(); item != null; item = item.getNext()) {
        Node words = item.getFirstChild();
        StrongEmphasis name = as(StrongEmphasis.class, words.getFirstChild());
        assertTrue(names.contains(MarkdownOracle.text(name)), MarkdownOracle.text(name));
        Place place = index.place(names.indexOf(MarkdownOracle.text(name)));
        String said = ((Text) name.getNext()).getLiteral();
        ControlChange change =
            place.control().stream()
                .filter(c -> said.contains(" from " + TEXT.date(c.from())))
                .findFirst()
                .orElseThrow(() -> new AssertionError(said));
        if (change.note() != null) {
          assertTrue(said.endsWith(". " + oneLine(change.note())), said);
        }
        assertSources(change.sources(), as(BulletList.class, words.getNext()));
        checked++;
      }
    }
    assertTrue(checked > 5, "changes were read: " + checked);
  }

  @Test
  void everyDateIsWrittenOneWay() {
    String md = render(LocalDate.of(2022, 6, 26), bundled.index().indexOf("sievierodonetsk"));
    String words = md.replaceAll("\\(<[^>]*>\\)", "");
    assertFalse(ISO_DATE.matcher(words).find(), words);
    assertTrue(md.contains("Data updated: " + TEXT.date(bundled.updated())), md);
  }

  @Test
  void theBasemapDrawnIsCredited() {
    String md = render(LocalDate.of(2022, 6, 26), -1);
    assertTrue(md.contains("\n- Basemap: Natural Earth; GSHHG\n"), md);
  }

  private static void assertSources(List<Source> sources, BulletList list) {
    Node item = list.getFirstChild();
    for (Source s : sources) {
      Node words = as(Paragraph.class, as(ListItem.class, item).getFirstChild());
      StringBuilder read = new StringBuilder();
      for (Node n = words.getFirstChild(); n != null; n = n.getNext()) {
        if (n instanceof Link link) {
          assertEquals(s.url(), link.getDestination());
          read.append(MarkdownOracle.text(link));
        } else {
          read.append(as(Text.class, n).getLiteral());
        }
      }
      String title = s.title() != null ? s.title() : s.url();
      String expected =
          "Source: "
              + oneLine(s.publisher())
              + (title == null ? "" : ", " + oneLine(title))
              + ", "
              + TEXT.date(s.date());
      assertEquals(expected, read.toString());
      item = item.getNext();
    }
    assertEquals(null, item, "one item per source");
  }

  /** The level-2 heading whose text starts with {@code start}. */
  private static Node section(Node doc, String start) {
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading h && h.getLevel() == 2 && MarkdownOracle.text(h).startsWith(start)) {
        return n;
      }
    }
    throw new AssertionError("no section " + start + " in\n" + MarkdownOracle.describe(doc));
  }

  private static <T extends Node> T as(Class<T> type, Node node) {
    if (!type.isInstance(node)) {
      throw new AssertionError("expected a " + type.getSimpleName() + ", found " + node);
    }
    return type.cast(node);
  }

  private static String oneLine(String text) {
    return text.replaceAll("\r\n|[\r\n\t]", " ").strip();
  }
}
