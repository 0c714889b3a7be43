package org.situationmap.io;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.situationmap.domain.Confidence;
import org.situationmap.domain.ControlStatus;
import org.situationmap.domain.PlaceKind;
import org.situationmap.domain.Source;

/**
 * One row of a control sheet, read and checked: the place's fields and, unless the date and status
 * are empty, one source of one control entry. A problem is reported at the row's line.
 */
final class SheetRow {
  private final CSVRecord record;
  private final Map<String, Integer> columns;
  private final String file;
  private final int line;
  private String id;
  private String name;
  private String nameUk;
  private double lat;
  private double lon;
  private String admin1;
  private PlaceKind kind;
  private LocalDate date;
  private ControlStatus status;
  private Confidence confidence;
  private String note;
  private Source source;

  SheetRow(CSVRecord record, Map<String, Integer> columns, String file, int line) {
    this.record = record;
    this.columns = columns;
    this.file = file;
    this.line = line;
  }

  /** Reads the row; false (with the problem reported) when it cannot be used. */
  boolean read(List<Problem> problems) {
    id = text(ControlSheet.ID);
    if (id.isEmpty()) {
      return fail(problems, "a row needs an id");
    }
    name = text(ControlSheet.NAME);
    if (name.isEmpty()) {
      return fail(problems, "the place '" + id + "' needs a name");
    }
    Double la = number(ControlSheet.LAT, -90, 90, problems);
    Double lo = number(ControlSheet.LON, -180, 180, problems);
    if (la == null || lo == null) {
      return false;
    }
    lat = la;
    lon = lo;
    nameUk = text(ControlSheet.NAME_UK);
    admin1 = text(ControlSheet.ADMIN1);
    String k = text(ControlSheet.KIND);
    kind = k.isEmpty() ? PlaceKind.TOWN : PlaceKind.fromWord(k).orElse(null);
    if (kind == null) {
      return fail(problems, "unknown kind '" + k + "': expected city, town, village or site");
    }
    return readEntry(problems);
  }

  private boolean readEntry(List<Problem> problems) {
    String d = text(ControlSheet.DATE);
    String s = text(ControlSheet.STATUS);
    if (d.isEmpty() && s.isEmpty()) {
      return true; // a place with no entries
    }
    date = IsoDates.parse(d);
    if (date == null) {
      return fail(problems, "date: " + IsoDates.problem(d));
    }
    status = ControlStatus.fromWord(s).filter(x -> x != ControlStatus.UNKNOWN).orElse(null);
    if (status == null) {
      return fail(problems, "unknown status '" + s + "': expected ukraine, russia or contested");
    }
    String c = text(ControlSheet.CONFIDENCE);
    confidence = c.isEmpty() ? null : Confidence.fromWord(c).orElse(null);
    if (!c.isEmpty() && confidence == null) {
      return fail(
          problems, "unknown confidence '" + c + "': expected confirmed, claimed or assessed");
    }
    String n = text(ControlSheet.NOTE);
    note = n.isEmpty() ? null : n;
    String publisher = text(ControlSheet.SOURCE_PUBLISHER);
    if (publisher.isEmpty()) {
      return fail(problems, "a control change needs a source: source_publisher is empty");
    }
    String sd = text(ControlSheet.SOURCE_DATE);
    LocalDate sourceDate = IsoDates.parse(sd);
    if (sourceDate == null) {
      return fail(problems, "source_date: " + IsoDates.problem(sd));
    }
    String url = text(ControlSheet.SOURCE_URL);
    if (!url.isEmpty() && !Source.isHttpUrl(url)) {
      return fail(problems, "source_url: expected an http or https URL, got '" + url + "'");
    }
    String title = text(ControlSheet.SOURCE_TITLE);
    source = new Source(publisher, title, sourceDate, url.isEmpty() ? null : url);
    return true;
  }

  private String text(String column) {
    Integer i = columns.get(column);
    return i == null || i >= record.size() ? "" : record.get(i).strip();
  }

  private Double number(String column, double min, double max, List<Problem> problems) {
    String t = text(column);
    try {
      double v = Double.parseDouble(t);
      if (v >= min && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    fail(
        problems,
        column
            + ": expected a number from "
            + (int) min
            + " to "
            + (int) max
            + ", got '"
            + t
            + "'");
    return null;
  }

  private boolean fail(List<Problem> problems, String message) {
    problems.add(problem(message, Severity.ERROR));
    return false;
  }

  Problem problem(String message, Severity severity) {
    return new Problem(
        file, new RowLocation(line), message, severity, id == null || id.isEmpty() ? null : id);
  }

  String id() {
    return id;
  }

  String name() {
    return name;
  }

  String nameUk() {
    return nameUk;
  }

  double lat() {
    return lat;
  }

  double lon() {
    return lon;
  }

  String admin1() {
    return admin1;
  }

  PlaceKind kind() {
    return kind;
  }

  /** The entry's date, or null for a row with no entry. */
  LocalDate date() {
    return date;
  }

  ControlStatus status() {
    return status;
  }

  Confidence confidence() {
    return confidence;
  }

  String note() {
    return note;
  }

  Source source() {
    return source;
  }

  int line() {
    return line;
  }
}
