package org.situationmap.io;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.situationmap.domain.Extras;
import org.situationmap.domain.Situation;
import org.situationmap.domain.SituationMeta;

/**
 * Reads CSV control sheets ({@link ControlSheet}) with Apache Commons CSV: UTF-8 with or without a
 * byte order mark, {@code ,} or {@code ;} as delimiter (whichever the header line uses), quoted
 * fields with commas, quotes and line breaks. A bad row is reported as {@code FILE:LINE: message}
 * ({@link RowLocation}) and skipped; the other rows load. A sheet without the required columns, or
 * not UTF-8, loads nothing.
 */
public final class ControlSheetReader implements LayerReader {
  @Override
  public boolean recognizes(byte[] head, int length) {
    String text = new String(head, 0, length, StandardCharsets.UTF_8).replace("\uFEFF", "");
    int end = text.indexOf('\n');
    String header = (end < 0 ? text : text.substring(0, end)).toLowerCase(Locale.ROOT);
    return header.startsWith(ControlSheet.ID + ",") || header.startsWith(ControlSheet.ID + ";");
  }

  @Override
  public ReadResult read(Path file, ReadMonitor monitor) throws SituationReadException {
    String name = file.getFileName().toString();
    String text = decode(file, name);
    char delimiter = delimiter(text);
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            .get();
    List<Problem> problems = new ArrayList<>();
    Map<String, SheetPlace> places = new LinkedHashMap<>();
    int skipped = 0;
    LineIndex lines = new LineIndex(text);
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      Map<String, Integer> columns = columns(parser.getHeaderMap());
      for (String required : ControlSheet.REQUIRED) {
        if (!columns.containsKey(required)) {
          throw new SituationReadException(
              new Problem(
                  name,
                  new RowLocation(1),
                  "the header has no column '"
                      + required
                      + "' (a control sheet needs "
                      + String.join(", ", ControlSheet.REQUIRED)
                      + ")",
                  Severity.ERROR,
                  null),
              null);
        }
      }
      for (CSVRecord record : parser) {
        int line = lines.lineAt(record.getCharacterPosition());
        SheetRow row = new SheetRow(record, columns, name, line);
        if (!row.read(problems)) {
          skipped++;
          continue;
        }
        SheetPlace place = places.computeIfAbsent(row.id(), id -> new SheetPlace(row));
        if (!place.add(row, problems)) {
          skipped++;
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new SituationReadException(
          new Problem(
              name,
              ProblemLocation.WHOLE_FILE,
              "not a readable CSV file: " + e.getMessage(),
              Severity.ERROR,
              null),
          e);
    }
    List<org.situationmap.domain.Place> read = new ArrayList<>();
    for (SheetPlace place : places.values()) {
      read.add(place.toPlace());
    }
    Situation situation =
        new Situation(new SituationMeta(null, null, null, null, Extras.EMPTY), read, Extras.EMPTY);
    return new ReadResult(situation, problems, skipped);
  }

  /** The file's text, strictly UTF-8, without a byte order mark. */
  private static String decode(Path file, String name) throws SituationReadException {
    try {
      byte[] bytes = Files.readAllBytes(file);
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new SituationReadException(
          new Problem(
              name, ProblemLocation.WHOLE_FILE, "the file is not UTF-8 text", Severity.ERROR, null),
          e);
    } catch (IOException e) {
      throw WholeFile.unreadable(name, e);
    }
  }

  /** {@code ;} when the header line has more semicolons than commas, else {@code ,}. */
  static char delimiter(String text) {
    int end = text.indexOf('\n');
    String header = end < 0 ? text : text.substring(0, end);
    long semicolons = header.chars().filter(c -> c == ';').count();
    long commas = header.chars().filter(c -> c == ',').count();
    return semicolons > commas ? ';' : ',';
  }

  /** Column indexes by lower-case, trimmed header name. */
  private static Map<String, Integer> columns(Map<String, Integer> header) {
    Map<String, Integer> out = new LinkedHashMap<>();
    header.forEach((k, v) -> out.putIfAbsent(k.strip().toLowerCase(Locale.ROOT), v));
    return out;
  }

  /** Line numbers of character offsets in a text. */
  private static final class LineIndex {
    private final int[] starts;

    LineIndex(String text) {
      List<Integer> s = new ArrayList<>();
      s.add(0);
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          s.add(i + 1);
        }
      }
      starts = s.stream().mapToInt(Integer::intValue).toArray();
    }

    int lineAt(long offset) {
      int lo = 0;
      int hi = starts.length - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (starts[mid] <= offset) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return lo + 1;
    }
  }
}
