package org.situationmap.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.situationmap.ui.help.MarkdownBlocks.Code;
import org.situationmap.ui.help.MarkdownBlocks.Heading;
import org.situationmap.ui.help.MarkdownBlocks.Item;
import org.situationmap.ui.help.MarkdownBlocks.Paragraph;
import org.situationmap.ui.help.MarkdownBlocks.Table;
import org.situationmap.ui.help.MarkdownSpans.Span;
import org.situationmap.ui.help.MarkdownSpans.Style;

class MarkdownBlocksTest {
  @Test
  void splitsAReadmeIntoHeadingsParagraphsItemsTablesAndCode() {
    String md =
        """
        # The bundled layer: `donbas.geojson`

        The layer the app opens by default: places
        in Luhansk and Donetsk oblasts.

        ## Counts
        | | Luhansk Oblast | Total |
        |---|---:|---:|
        | Places | 50 | **165** |

        - **Places**: the cities and towns
          with a pre-war population of 10,000.
        - `contested`: fighting inside the town.
        Lazy continuation.
        ```
        situation-map validate data/donbas.geojson
        ```
        #hashtag is text
        """;

    assertEquals(
        List.of(
            new Heading(1, "The bundled layer: `donbas.geojson`"),
            new Paragraph(
                "The layer the app opens by default: places in Luhansk and Donetsk oblasts."),
            new Heading(2, "Counts"),
            new Table(
                List.of(
                    List.of("", "Luhansk Oblast", "Total"), List.of("Places", "50", "**165**"))),
            new Item("**Places**: the cities and towns with a pre-war population of 10,000."),
            new Item("`contested`: fighting inside the town. Lazy continuation."),
            new Code("situation-map validate data/donbas.geojson"),
            new Paragraph("#hashtag is text")),
        MarkdownBlocks.of(md));
  }

  @Test
  void stylesRunsAndShowsLinksAsTheirText() {
    assertEquals(
        List.of(
            new Span("Place ", Style.PLAIN),
            new Span("coordinates", Style.STRONG),
            new Span(" from ", Style.PLAIN),
            new Span("cities.json", Style.CODE),
            new Span(", see ", Style.PLAIN),
            new Span("the format", Style.EMPHASIS),
            new Span(
                " and data-format.md, https://www.geonames.org/ (3 * 4 = 12; a\\b *)",
                Style.PLAIN)),
        MarkdownSpans.of(
            "Place **coordinates** from `cities.json`, see *the format* and "
                + "[data-format.md](../docs/data-format.md), <https://www.geonames.org/> "
                + "(3 * 4 = 12; a\\\\b \\*)"));
  }
}
