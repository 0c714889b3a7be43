package org.situationmap.io;

import java.util.Locale;
import org.situationmap.domain.ControlStatus;

/**
 * The names the KML format uses here, in one place: the namespace, the {@code ExtendedData} names
 * that carry a place's history (sources numbered from 1: {@code source1.publisher}), the icon and
 * the status colours of the app (map.places.PlaceStyle; KML writes them alpha, blue, green, red).
 */
final class Kml {
  static final String NS = "http://www.opengis.net/kml/2.2";
  static final String KMZ_ENTRY = "doc.kml";
  static final String ICON = "http://maps.google.com/mapfiles/kml/shapes/placemark_circle.png";
  static final String ID = "id";
  static final String KIND = "kind";
  static final String ADMIN1 = "admin1";
  static final String NAME_UK = "name_uk";
  static final String STATUS = "status";
  static final String CONFIDENCE = "confidence";
  static final String NOTE = "note";
  static final String SOURCE = "source";
  static final String PUBLISHER = "publisher";
  static final String TITLE = "title";
  static final String DATE = "date";
  static final String URL = "url";

  private Kml() {}

  /** The status's colour as KML writes it: {@code aabbggrr}, opaque. */
  static String colour(ControlStatus s) {
    String rgb =
        switch (s) {
          case UKRAINE -> "0072B2";
          case RUSSIA -> "D55E00";
          case CONTESTED -> "E69F00";
          case UNKNOWN -> "999999";
        };
    return ("ff" + rgb.substring(4, 6) + rgb.substring(2, 4) + rgb.substring(0, 2))
        .toLowerCase(Locale.ROOT);
  }
}
