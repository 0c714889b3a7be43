package org.situationmap.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.situationmap.domain.Extras;
import org.situationmap.domain.Place;
import org.situationmap.domain.Situation;
import org.situationmap.domain.SituationMeta;

/**
 * Reads KML and KMZ: Point placemarks, with their time ({@code TimeSpan} begin or {@code
 * TimeStamp}) and {@code ExtendedData} as {@link KmlWriter} writes them, merged into places by id
 * (the {@code id} data, else the placemark's id attribute, else its name). A placemark's status
 * comes from its {@code status} data or its style ({@code #ukraine}, {@code #russia}, {@code
 * #contested}); an entry needs a source ({@code source1.publisher} and {@code source1.date}). Other
 * geometries are skipped with a warning. DTDs and external entities are off: a file that declares
 * them is refused. Problems are placed at {@code FILE:LINE:COL} of their placemark.
 */
public final class KmlReader implements LayerReader {
  @Override
  public boolean recognizes(byte[] head, int length) {
    String text = new String(head, 0, Math.min(length, 512), StandardCharsets.UTF_8);
    return text.contains("<kml") || (length > 1 && head[0] == 'P' && head[1] == 'K');
  }

  @Override
  public ReadResult read(Path file, ReadMonitor monitor) throws SituationReadException {
    String name = file.getFileName().toString();
    byte[] bytes = kmlBytes(file, name);
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    List<Problem> problems = new ArrayList<>();
    Map<String, KmlPlace> places = new LinkedHashMap<>();
    int skipped = 0;
    String title = null;
    try {
      XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
      int depth = 0;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
          throw new XMLStreamException("a DTD is not allowed in KML", xml.getLocation());
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
          String local = xml.getLocalName();
          if (local.equals("Placemark")) {
            KmlPlacemark mark = KmlPlacemark.read(xml, name);
            depth--;
            if (!mark.usable(problems)) {
              skipped++;
              continue;
            }
            places.computeIfAbsent(mark.placeId(), id -> new KmlPlace(mark)).add(mark, problems);
          } else if (local.equals("name") && depth == 3 && title == null) {
            title = xml.getElementText().strip();
            depth--;
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
    } catch (XMLStreamException e) {
      var at = e.getLocation();
      throw new SituationReadException(
          new Problem(
              name,
              at == null || at.getLineNumber() < 1
                  ? ProblemLocation.WHOLE_FILE
                  : new TextLocation(at.getLineNumber(), Math.max(1, at.getColumnNumber()), ""),
              "not readable KML: " + firstLine(e.getMessage()),
              Severity.ERROR,
              null),
          e);
    }
    List<Place> read = new ArrayList<>();
    for (KmlPlace p : places.values()) {
      read.add(p.toPlace());
    }
    return new ReadResult(
        new Situation(new SituationMeta(title, null, null, null, Extras.EMPTY), read, Extras.EMPTY),
        problems,
        skipped);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "malformed XML";
    }
    String m = message.strip();
    int nl = m.lastIndexOf('\n');
    return nl < 0 ? m : m.substring(nl + 1).strip();
  }

  /** The KML document: the file itself, or a KMZ's first {@code .kml} entry. */
  private static byte[] kmlBytes(Path file, String name) throws SituationReadException {
    try {
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length < 2 || bytes[0] != 'P' || bytes[1] != 'K') {
        return bytes;
      }
      try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
          if (e.getName().toLowerCase(Locale.ROOT).endsWith(".kml")) {
            return readLimited(zip);
          }
        }
      }
      throw new SituationReadException(
          new Problem(
              name,
              ProblemLocation.WHOLE_FILE,
              "the KMZ archive has no .kml file",
              Severity.ERROR,
              null),
          null);
    } catch (IOException e) {
      throw WholeFile.unreadable(name, e);
    }
  }

  /** The most bytes of KML read from an archive entry (a zip bomb is cut short). */
  static final int MAX_KML_BYTES = 512 << 20;

  private static byte[] readLimited(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_KML_BYTES + 1);
    if (bytes.length > MAX_KML_BYTES) {
      throw new IOException(
          "the .kml in the archive is larger than " + Limits.bytes(MAX_KML_BYTES));
    }
    return bytes;
  }
}
