package org.situationmap.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.situationmap.domain.ControlChange;
import org.situationmap.domain.ControlStatus;
import org.situationmap.domain.Extras;
import org.situationmap.domain.Place;
import org.situationmap.domain.SituationMeta;
import org.situationmap.domain.Source;

/**
 * Writes KML for Google Earth (or, {@linkplain #kmz zipped}, KMZ): one placemark per control period
 * of each place, with a {@code TimeSpan} from the entry's date to the next one's, so that Google
 * Earth's time slider plays the history, and a style per status in the app's colours. Each
 * placemark's {@code ExtendedData} carries the place id, status, confidence, note and sources (see
 * {@link Kml}), so that {@link KmlReader} reads the history back; a place with no entries is one
 * placemark without a time. Dated notes are not carried.
 */
public final class KmlWriter implements LayerWriter {
  private final boolean zipped;

  private KmlWriter(boolean zipped) {
    this.zipped = zipped;
  }

  /** A writer of plain {@code .kml} files. */
  public static KmlWriter kml() {
    return new KmlWriter(false);
  }

  /** A writer of {@code .kmz} files: the KML as {@code doc.kml} in a zip archive. */
  public static KmlWriter kmz() {
    return new KmlWriter(true);
  }

  @Override
  public boolean carriesNotes() {
    return false;
  }

  @Override
  public PlaceSink start(SituationMeta meta, Extras extras, OutputStream out) throws IOException {
    OutputStream target = out;
    ZipOutputStream zip = null;
    if (zipped) {
      zip = new ZipOutputStream(out);
      zip.putNextEntry(new ZipEntry(Kml.KMZ_ENTRY));
      target = zip;
    }
    ZipOutputStream archive = zip;
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(target, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("kml");
      xml.writeDefaultNamespace(Kml.NS);
      xml.writeStartElement("Document");
      text(xml, "name", meta.title() == null ? "Situation Map layer" : meta.title());
      for (ControlStatus s : ControlStatus.values()) {
        style(xml, s);
      }
      return new PlaceSink() {
        @Override
        public void add(Place place) throws IOException {
          try {
            placemarks(xml, place);
          } catch (XMLStreamException e) {
            throw new IOException(e);
          }
        }

        @Override
        public void close() throws IOException {
          try {
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            if (archive != null) {
              archive.closeEntry();
              archive.finish();
            }
          } catch (XMLStreamException e) {
            throw new IOException(e);
          }
        }
      };
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  private static void style(XMLStreamWriter xml, ControlStatus s) throws XMLStreamException {
    xml.writeStartElement("Style");
    xml.writeAttribute("id", s.word());
    xml.writeStartElement("IconStyle");
    text(xml, "color", Kml.colour(s));
    xml.writeStartElement("Icon");
    text(xml, "href", Kml.ICON);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void placemarks(XMLStreamWriter xml, Place p) throws XMLStreamException {
    List<ControlChange> control = p.control();
    if (control.isEmpty()) {
      placemark(xml, p, null, null);
    }
    for (int i = 0; i < control.size(); i++) {
      placemark(xml, p, control.get(i), i + 1 < control.size() ? control.get(i + 1) : null);
    }
  }

  private static void placemark(XMLStreamWriter xml, Place p, ControlChange c, ControlChange next)
      throws XMLStreamException {
    xml.writeStartElement("Placemark");
    text(xml, "name", p.name());
    if (c != null) {
      text(xml, "description", c.status().word() + (c.note() == null ? "" : ": " + c.note()));
      xml.writeStartElement("TimeSpan");
      text(xml, "begin", c.from().toString());
      if (next != null) {
        text(xml, "end", next.from().toString());
      }
      xml.writeEndElement();
      text(xml, "styleUrl", "#" + c.status().word());
    } else {
      text(xml, "styleUrl", "#" + ControlStatus.UNKNOWN.word());
    }
    xml.writeStartElement("ExtendedData");
    data(xml, Kml.ID, p.id());
    data(xml, Kml.KIND, p.kind().word());
    data(xml, Kml.ADMIN1, p.admin1());
    data(xml, Kml.NAME_UK, p.names().uk());
    if (c != null) {
      data(xml, Kml.STATUS, c.status().word());
      data(xml, Kml.CONFIDENCE, c.confidence() == null ? null : c.confidence().word());
      data(xml, Kml.NOTE, c.note());
      for (int i = 0; i < c.sources().size(); i++) {
        Source s = c.sources().get(i);
        String prefix = Kml.SOURCE + (i + 1) + ".";
        data(xml, prefix + Kml.PUBLISHER, s.publisher());
        data(xml, prefix + Kml.TITLE, s.title());
        data(xml, prefix + Kml.DATE, s.date().toString());
        data(xml, prefix + Kml.URL, s.url());
      }
    }
    xml.writeEndElement();
    xml.writeStartElement("Point");
    text(
        xml,
        "coordinates",
        SituationWriter.formatDegrees(p.location().lon())
            + ","
            + SituationWriter.formatDegrees(p.location().lat()));
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void data(XMLStreamWriter xml, String name, String value)
      throws XMLStreamException {
    if (value == null) {
      return;
    }
    xml.writeStartElement("Data");
    xml.writeAttribute("name", name);
    text(xml, "value", value);
    xml.writeEndElement();
  }

  private static void text(XMLStreamWriter xml, String element, String value)
      throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }
}
