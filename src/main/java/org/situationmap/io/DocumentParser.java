package org.situationmap.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.situationmap.domain.Place;
import org.situationmap.domain.Situation;
import org.situationmap.domain.SituationMeta;

/** Reads the top level: a FeatureCollection with features, situation and unknown members. */
final class DocumentParser {
  private final JsonCursor cursor;
  private final ProblemCollector problems;
  private final PlaceIds ids = new PlaceIds();
  private final List<FeatureDraft> drafts = new ArrayList<>();
  private final CoverageParser coverage = new CoverageParser();
  private int skipped;

  DocumentParser(JsonCursor cursor) {
    this.cursor = cursor;
    this.problems = cursor.problems();
  }

  ReadResult read() throws IOException, SituationReadException {
    if (cursor.parser().nextToken() == null) {
      throw fatal(cursor.location(), "", "the file is empty; expected a GeoJSON FeatureCollection");
    }
    if (cursor.token() != JsonToken.START_OBJECT) {
      throw fatal("expected a GeoJSON FeatureCollection object, got " + cursor.describe());
    }
    JsonLocation start = cursor.lasting();
    boolean hasType = false;
    boolean hasFeatures = false;
    SituationMeta meta = SituationMeta.EMPTY;
    ExtrasBuilder extras = new ExtrasBuilder();
    for (String name = cursor.nextMember(); name != null; name = cursor.nextMember()) {
      cursor.pin();
      switch (name) {
        case "type" -> {
          hasType = true;
          readType();
        }
        case "features" -> {
          hasFeatures = true;
          readFeatures();
        }
        case "situation" -> meta = MetaParser.read(cursor, coverage);
        default -> extras.keep(name, cursor);
      }
    }
    if (!hasType) {
      throw fatal(start, "", "not a GeoJSON FeatureCollection: there is no \"type\" member");
    }
    if (!hasFeatures) {
      throw fatal(start, "", "a FeatureCollection needs a \"features\" array");
    }
    if (cursor.parser().nextToken() != null) {
      throw fatal("unexpected content after the FeatureCollection");
    }
    List<Place> places = places();
    meta = meta.withCoverage(coverage.resolve(places, problems));
    Situation situation = new Situation(meta, places, extras.build());
    return new ReadResult(situation, problems.sorted(), skipped);
  }

  private void readType() throws IOException, SituationReadException {
    if (cursor.token() != JsonToken.VALUE_STRING
        || !cursor.parser().getText().equals("FeatureCollection")) {
      throw fatal("expected a GeoJSON FeatureCollection, got type " + cursor.describe());
    }
  }

  private void readFeatures() throws IOException, SituationReadException {
    if (cursor.token() != JsonToken.START_ARRAY) {
      throw fatal("expected \"features\" to be an array, got " + cursor.describe());
    }
    int index = 0;
    while (cursor.parser().nextToken() != JsonToken.END_ARRAY) {
      cursor.pin();
      int first = problems.size();
      FeatureDraft draft = FeatureParser.read(cursor, index++);
      if (draft == null) {
        skipped++;
        continue;
      }
      if (draft.valid && draft.id != null) {
        int firstLine = ids.claim(draft.id, draft.idLocation.getLineNr());
        if (firstLine > 0) {
          problems.add(
              draft.idLocation,
              draft.pointer() + "/id",
              Severity.ERROR,
              "duplicate id '" + draft.id + "'; first used at line " + firstLine);
          draft.valid = false;
        }
      }
      problems.attribute(first, draft.id);
      if (draft.valid) {
        drafts.add(draft);
      } else {
        skipped++;
      }
    }
  }

  private List<Place> places() {
    List<Place> places = new ArrayList<>(drafts.size());
    Notice missingId = new Notice();
    Notice missingControl = new Notice();
    for (FeatureDraft draft : drafts) {
      String id = draft.id;
      if (id == null) {
        id = ids.generate(draft.name, draft.index);
        missingId.count(draft, id);
      }
      if (!draft.hasControl) {
        missingControl.count(draft, id);
      }
      places.add(draft.toPlace(id));
    }
    missingId.report(
        problems,
        "",
        "no id; the id '%s' was made from its name",
        "no id in %d features, the first here; ids were made from their names");
    missingControl.report(
        problems,
        "/properties",
        "no 'control' member; the status of this place is unknown at every date",
        "no 'control' member in %d features, the first here; their status is unknown at every date");
    return places;
  }

  private SituationReadException fatal(String message) {
    return fatal(cursor.location(), cursor.pointer(), message);
  }

  private SituationReadException fatal(JsonLocation location, String pointer, String message) {
    return new SituationReadException(
        problems.problem(location, pointer, Severity.FATAL, message), null);
  }
}
