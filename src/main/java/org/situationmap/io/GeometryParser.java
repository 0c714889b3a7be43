package org.situationmap.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.situationmap.domain.GeoPoint;

/** Reads a feature's {@code "geometry"}: a GeoJSON Point with {@code [lon, lat]}. */
final class GeometryParser {
  private GeometryParser() {}

  /** Reads the current {@code geometry} value; returns the point, or null (reported). */
  static GeoPoint read(JsonCursor cursor) throws IOException {
    if (cursor.token() == JsonToken.VALUE_NULL) {
      cursor.report("a place needs a Point geometry, got null");
      return null;
    }
    if (!cursor.expectObject("a Point geometry object")) {
      return null;
    }
    JsonLocation start = cursor.location();
    int mark = cursor.problems().errorMark();
    String type = null;
    double[] lonLat = null;
    boolean hasCoordinates = false;
    for (String name = cursor.nextMember(); name != null; name = cursor.nextMember()) {
      switch (name) {
        case "type" -> {
          type = cursor.sharedText(true);
          if (type != null && !type.equals("Point")) {
            cursor.report("expected geometry type 'Point', got " + JsonCursor.quote(type));
          }
        }
        case "coordinates" -> {
          hasCoordinates = true;
          lonLat = readCoordinates(cursor);
        }
        default -> {
          cursor.report(Severity.WARNING, "the geometry member '" + name + "' is not kept");
          cursor.skip();
        }
      }
    }
    if (type == null && cursor.problems().errorMark() == mark) {
      cursor.reportAt(start, "a geometry needs \"type\": \"Point\"");
    }
    if (!hasCoordinates && "Point".equals(type)) {
      cursor.reportAt(start, "a Point needs coordinates [longitude, latitude]");
    }
    if (cursor.problems().errorMark() != mark || lonLat == null) {
      return null;
    }
    return new GeoPoint(lonLat[1], lonLat[0]);
  }

  private static double[] readCoordinates(JsonCursor cursor) throws IOException {
    if (!cursor.expectArray("coordinates [longitude, latitude]")) {
      return null;
    }
    JsonLocation start = cursor.location();
    double[] values = new double[2];
    int count = 0;
    boolean valid = true;
    for (JsonToken token = cursor.parser().nextToken();
        token != JsonToken.END_ARRAY;
        token = cursor.parser().nextToken()) {
      if (token == JsonToken.START_ARRAY) {
        // A line or polygon: the geometry type reports it.
        cursor.skip();
        valid = false;
        continue;
      }
      double value = cursor.number();
      valid &= !Double.isNaN(value) && checkRange(cursor, count, value);
      if (count < 2) {
        values[count] = value;
      } else if (count == 2) {
        cursor.report(Severity.WARNING, "the altitude (third coordinate) is not kept");
      }
      count++;
    }
    if (valid && (count < 2 || count > 3)) {
      cursor.reportAt(
          start,
          "coordinates must be [longitude, latitude], got "
              + count
              + (count == 1 ? " number" : " numbers"));
      return null;
    }
    return valid ? values : null;
  }

  private static boolean checkRange(JsonCursor cursor, int index, double value) {
    if (index == 0 && (value < -180 || value > 180)) {
      cursor.report("longitude must be between -180 and 180, got " + cursor.parserText());
      return false;
    }
    if (index == 1 && (value < -90 || value > 90)) {
      cursor.report("latitude must be between -90 and 90, got " + cursor.parserText());
      return false;
    }
    return true;
  }
}
