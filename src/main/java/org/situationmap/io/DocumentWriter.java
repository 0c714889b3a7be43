package org.situationmap.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.situationmap.domain.ControlChange;
import org.situationmap.domain.Coverage;
import org.situationmap.domain.Extras;
import org.situationmap.domain.Note;
import org.situationmap.domain.Place;
import org.situationmap.domain.PlaceNames;
import org.situationmap.domain.SituationMeta;
import org.situationmap.domain.Source;

/**
 * Writes the members of a situation in their fixed order: {@link #start}, then each place with
 * {@link #place}, then {@link #end}. The one place the GeoJSON schema is written. One per write.
 */
final class DocumentWriter {
  private final JsonGenerator g;

  DocumentWriter(JsonGenerator g) {
    this.g = g;
  }

  /** The FeatureCollection up to its first feature: type, situation, unknown members. */
  void start(SituationMeta meta, Extras extras) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "FeatureCollection");
    if (!meta.isEmpty()) {
      g.writeFieldName("situation");
      writeMeta(meta);
    }
    writeExtras(extras);
    g.writeArrayFieldStart("features");
  }

  /** One place as a Feature. */
  void place(Place place) throws IOException {
    writePlace(place);
  }

  /** The end of the features and of the FeatureCollection. */
  void end() throws IOException {
    g.writeEndArray();
    g.writeEndObject();
  }

  private void writeMeta(SituationMeta meta) throws IOException {
    g.writeStartObject();
    optional("title", meta.title());
    optional("description", meta.description());
    optional("updated", meta.updated());
    optional("license", meta.license());
    if (!meta.coverage().isEmpty()) {
      g.writeObjectFieldStart("coverage");
      for (Coverage.Oblast oblast : meta.coverage().oblasts()) {
        optional(oblast.admin1(), oblast.checkedTo());
      }
      g.writeEndObject();
    }
    writeExtras(meta.extras());
    g.writeEndObject();
  }

  private void writePlace(Place place) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "Feature");
    g.writeStringField("id", place.id());
    g.writeObjectFieldStart("geometry");
    g.writeStringField("type", "Point");
    g.writeFieldName("coordinates");
    g.writeRawValue(
        "["
            + SituationWriter.formatDegrees(place.location().lon())
            + ", "
            + SituationWriter.formatDegrees(place.location().lat())
            + "]");
    g.writeEndObject();
    g.writeObjectFieldStart("properties");
    g.writeStringField("name", place.name());
    if (!place.names().isEmpty()) {
      writeNames(place.names());
    }
    g.writeStringField("kind", place.kind().word());
    optional("admin1", place.admin1());
    if (place.population() != null) {
      g.writeNumberField("population", place.population());
    }
    g.writeArrayFieldStart("control");
    for (ControlChange change : place.control()) {
      writeControl(change);
    }
    g.writeEndArray();
    if (!place.notes().isEmpty()) {
      g.writeArrayFieldStart("notes");
      for (Note note : place.notes()) {
        writeNote(note);
      }
      g.writeEndArray();
    }
    writeExtras(place.extras());
    g.writeEndObject();
    writeExtras(place.featureExtras());
    g.writeEndObject();
  }

  private void writeNames(PlaceNames names) throws IOException {
    g.writeObjectFieldStart("names");
    optional("uk", names.uk());
    optional("ru", names.ru());
    if (!names.alt().isEmpty()) {
      g.writeArrayFieldStart("alt");
      for (String alt : names.alt()) {
        g.writeString(alt);
      }
      g.writeEndArray();
    }
    writeExtras(names.extras());
    g.writeEndObject();
  }

  private void writeControl(ControlChange change) throws IOException {
    g.writeStartObject();
    optional("from", change.from());
    g.writeStringField("status", change.status().word());
    if (change.confidence() != null) {
      g.writeStringField("confidence", change.confidence().word());
    }
    writeSources(change.sources());
    optional("note", change.note());
    writeExtras(change.extras());
    g.writeEndObject();
  }

  private void writeNote(Note note) throws IOException {
    g.writeStartObject();
    optional("date", note.date());
    optional("title", note.title());
    g.writeStringField("text", note.text());
    writeSources(note.sources());
    writeExtras(note.extras());
    g.writeEndObject();
  }

  private void writeSources(List<Source> sources) throws IOException {
    g.writeArrayFieldStart("sources");
    for (Source source : sources) {
      g.writeStartObject();
      g.writeStringField("publisher", source.publisher());
      optional("title", source.title());
      optional("date", source.date());
      optional("url", source.url());
      writeExtras(source.extras());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void optional(String name, String value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }

  private void optional(String name, LocalDate value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value.toString());
    }
  }

  private void writeExtras(Extras extras) throws IOException {
    for (Map.Entry<String, String> member : extras.members().entrySet()) {
      g.writeFieldName(member.getKey());
      RawJson.write(member.getValue(), g);
    }
  }
}
