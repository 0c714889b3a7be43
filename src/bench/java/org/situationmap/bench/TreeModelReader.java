package org.situationmap.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.situationmap.domain.Confidence;
import org.situationmap.domain.ControlChange;
import org.situationmap.domain.ControlStatus;
import org.situationmap.domain.Extras;
import org.situationmap.domain.GeoPoint;
import org.situationmap.domain.Note;
import org.situationmap.domain.Place;
import org.situationmap.domain.PlaceKind;
import org.situationmap.domain.PlaceNames;
import org.situationmap.domain.Situation;
import org.situationmap.domain.SituationMeta;

/**
 * The baseline of the load benchmark: {@link ObjectMapper#readTree} of the whole file, then mapping
 * the tree to the same domain objects the streaming reader builds. No error positions, no extras:
 * it only has to be correct for valid files, which makes it a generous baseline.
 */
final class TreeModelReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TreeModelReader() {}

  static Situation read(Path file) throws IOException {
    JsonNode root = MAPPER.readTree(file.toFile());
    List<Place> places = new ArrayList<>();
    for (JsonNode feature : root.get("features")) {
      places.add(place(feature));
    }
    return new Situation(SituationMeta.EMPTY, places, Extras.EMPTY);
  }

  private static Place place(JsonNode feature) {
    JsonNode props = feature.get("properties");
    JsonNode coords = feature.get("geometry").get("coordinates");
    JsonNode names = props.path("names");
    List<ControlChange> control = new ArrayList<>();
    for (JsonNode c : props.path("control")) {
      control.add(
          new ControlChange(
              LocalDate.parse(c.get("from").asText()),
              ControlStatus.fromWord(c.get("status").asText()).orElseThrow(),
              c.has("confidence")
                  ? Confidence.fromWord(c.get("confidence").asText()).orElse(null)
                  : null,
              sources(c.get("sources")),
              text(c, "note"),
              Extras.EMPTY));
    }
    List<Note> notes = new ArrayList<>();
    for (JsonNode n : props.path("notes")) {
      notes.add(
          new Note(
              LocalDate.parse(n.get("date").asText()),
              text(n, "title"),
              n.get("text").asText(),
              sources(n.get("sources"))));
    }
    return new Place(
        feature.get("id").asText(),
        props.get("name").asText(),
        new PlaceNames(text(names, "uk"), text(names, "ru"), List.of()),
        PlaceKind.fromWord(props.path("kind").asText("town")).orElse(PlaceKind.TOWN),
        text(props, "admin1"),
        props.has("population") ? props.get("population").asInt() : null,
        new GeoPoint(coords.get(1).asDouble(), coords.get(0).asDouble()),
        control,
        notes,
        Extras.EMPTY);
  }

  private static List<org.situationmap.domain.Source> sources(JsonNode array) {
    List<org.situationmap.domain.Source> sources = new ArrayList<>(array.size());
    for (JsonNode s : array) {
      sources.add(
          new org.situationmap.domain.Source(
              s.get("publisher").asText(),
              text(s, "title"),
              LocalDate.parse(s.get("date").asText()),
              text(s, "url")));
    }
    return sources;
  }

  private static String text(JsonNode node, String name) {
    JsonNode v = node.get(name);
    return v == null || v.isNull() ? null : v.asText();
  }
}
