package org.situationmap.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.situationmap.domain.ControlChange;
import org.situationmap.domain.Extras;
import org.situationmap.domain.Place;
import org.situationmap.domain.SituationMeta;
import org.situationmap.domain.Source;

/**
 * Writes CSV control sheets ({@link ControlSheet}): UTF-8 without a BOM, {@code ,} as delimiter,
 * fields quoted where needed (RFC 4180), CRLF line ends. A sheet carries places and their control
 * entries with sources; dated notes, other names than Ukrainian, populations and unknown members
 * are not carried ({@link #carriesNotes()}).
 */
public final class ControlSheetWriter implements LayerWriter {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setHeader(ControlSheet.WRITTEN.toArray(String[]::new)).get();

  @Override
  public boolean carriesNotes() {
    return false;
  }

  @Override
  public PlaceSink start(SituationMeta meta, Extras extras, OutputStream out) throws IOException {
    OutputStreamWriter text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CSVPrinter printer = new CSVPrinter(text, FORMAT);
    return new PlaceSink() {
      @Override
      public void add(Place place) throws IOException {
        if (place.control().isEmpty()) {
          printer.printRecord(row(place, null, null));
          return;
        }
        for (ControlChange c : place.control()) {
          for (Source s : c.sources()) {
            printer.printRecord(row(place, c, s));
          }
        }
      }

      @Override
      public void close() throws IOException {
        printer.flush();
      }
    };
  }

  private static List<String> row(Place p, ControlChange c, Source s) {
    List<String> row = new ArrayList<>(ControlSheet.WRITTEN.size());
    row.add(p.id());
    row.add(p.name());
    row.add(p.names().uk() == null ? "" : p.names().uk());
    row.add(SituationWriter.formatDegrees(p.location().lat()));
    row.add(SituationWriter.formatDegrees(p.location().lon()));
    row.add(p.admin1() == null ? "" : p.admin1());
    row.add(p.kind().word());
    row.add(c == null ? "" : c.from().toString());
    row.add(c == null ? "" : c.status().word());
    row.add(c == null || c.confidence() == null ? "" : c.confidence().word());
    row.add(c == null || c.note() == null ? "" : c.note());
    row.add(s == null ? "" : s.publisher());
    row.add(s == null || s.title() == null ? "" : s.title());
    row.add(s == null ? "" : s.date().toString());
    row.add(s == null || s.url() == null ? "" : s.url());
    return row;
  }
}
