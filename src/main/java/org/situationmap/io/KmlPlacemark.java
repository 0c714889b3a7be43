package org.situationmap.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.situationmap.domain.Confidence;
import org.situationmap.domain.ControlStatus;
import org.situationmap.domain.Source;

/** One KML placemark as read: its name, time, style, point and {@code ExtendedData}. */
final class KmlPlacemark {
  final String file;
  final int line;
  final int column;
  String idAttribute;
  String name;
  String begin;
  String styleUrl;
  String coordinates;
  String otherGeometry;
  final Map<String, String> data = new HashMap<>();
  double lat;
  double lon;
  LocalDate date;
  ControlStatus status;
  Confidence confidence;
  final List<Source> sources = new ArrayList<>();

  private KmlPlacemark(String file, int line, int column) {
    this.file = file;
    this.line = line;
    this.column = column;
  }

  /** Reads a placemark; the reader is at its start tag and is left at its end tag. */
  static KmlPlacemark read(XMLStreamReader xml, String file) throws XMLStreamException {
    KmlPlacemark m =
        new KmlPlacemark(
            file,
            xml.getLocation().getLineNumber(),
            Math.max(1, xml.getLocation().getColumnNumber()));
    m.idAttribute = xml.getAttributeValue(null, "id");
    int depth = 1;
    String dataName = null;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        switch (xml.getLocalName()) {
          case "name" -> {
            if (depth == 2) {
              m.name = xml.getElementText().strip();
              depth--;
            }
          }
          case "begin", "when" -> {
            if (m.begin == null) {
              m.begin = xml.getElementText().strip();
              depth--;
            }
          }
          case "styleUrl" -> {
            m.styleUrl = xml.getElementText().strip();
            depth--;
          }
          case "Data" -> dataName = xml.getAttributeValue(null, "name");
          case "value" -> {
            String v = xml.getElementText().strip();
            depth--;
            if (dataName != null && !v.isEmpty()) {
              m.data.put(dataName, v);
            }
          }
          case "coordinates" -> {
            if (m.otherGeometry == null) {
              m.coordinates = xml.getElementText().strip();
              depth--;
            }
          }
          case "Polygon", "LineString", "LinearRing", "MultiGeometry", "Model", "Track" -> {
            if (m.otherGeometry == null) {
              m.otherGeometry = xml.getLocalName();
            }
          }
          default -> {}
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    return m;
  }

  /** Checks the placemark; false (reported) when it is skipped. */
  boolean usable(List<Problem> problems) {
    if (otherGeometry != null) {
      return fail(problems, Severity.WARNING, otherGeometry + " placemarks are not read; skipped");
    }
    if (name == null || name.isEmpty()) {
      return fail(problems, Severity.ERROR, "a placemark needs a name");
    }
    if (coordinates == null) {
      return fail(problems, Severity.ERROR, "a placemark needs a Point with coordinates");
    }
    String[] parts = coordinates.split("[,\\s]+");
    try {
      lon = Double.parseDouble(parts[0]);
      lat = Double.parseDouble(parts[1]);
    } catch (RuntimeException e) {
      return fail(
          problems,
          Severity.ERROR,
          "coordinates must be longitude,latitude, got '" + coordinates + "'");
    }
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
      return fail(problems, Severity.ERROR, "coordinates out of range: " + coordinates);
    }
    return readEntry(problems);
  }

  private boolean readEntry(List<Problem> problems) {
    String s = data.get(Kml.STATUS);
    if (s == null && styleUrl != null && styleUrl.startsWith("#")) {
      s = styleUrl.substring(1);
    }
    status = s == null ? null : ControlStatus.fromWord(s.toLowerCase(Locale.ROOT)).orElse(null);
    if (status == ControlStatus.UNKNOWN || begin == null) {
      status = null;
    }
    if (status == null) {
      return true; // a place with no entry from this placemark
    }
    date = begin.length() >= 10 ? IsoDates.parse(begin.substring(0, 10)) : null;
    if (date == null) {
      return fail(
          problems,
          Severity.ERROR,
          "the time must start with a YYYY-MM-DD date, got '" + begin + "'");
    }
    String c = data.get(Kml.CONFIDENCE);
    confidence = c == null ? null : Confidence.fromWord(c).orElse(null);
    for (int i = 1; data.containsKey(Kml.SOURCE + i + "." + Kml.PUBLISHER); i++) {
      String prefix = Kml.SOURCE + i + ".";
      LocalDate d = IsoDates.parse(data.getOrDefault(prefix + Kml.DATE, ""));
      String url = data.get(prefix + Kml.URL);
      if (d == null || (url != null && !Source.isHttpUrl(url))) {
        return fail(
            problems,
            Severity.ERROR,
            "source " + i + " needs a YYYY-MM-DD date and an http(s) URL if any");
      }
      sources.add(
          new Source(data.get(prefix + Kml.PUBLISHER), data.get(prefix + Kml.TITLE), d, url));
    }
    if (sources.isEmpty()) {
      problems.add(
          problem(
              "the "
                  + status.word()
                  + " entry of "
                  + date
                  + " has no source (source1.publisher,"
                  + " source1.date); the entry is not kept",
              Severity.WARNING));
      status = null;
    }
    return true;
  }

  /** The id of the place the placemark belongs to. */
  String placeId() {
    String id = data.get(Kml.ID);
    if (id == null) {
      id = idAttribute;
    }
    if (id == null) {
      id =
          name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }
    return id;
  }

  Problem problem(String message, Severity severity) {
    return new Problem(
        file, new TextLocation(line, column, ""), message, severity, data.get(Kml.ID));
  }

  private boolean fail(List<Problem> problems, Severity severity, String message) {
    problems.add(problem(message, severity));
    return false;
  }
}
