package org.situationmap.io;

import java.util.List;

/**
 * The CSV control sheet: one row per source of a control change, columns matched by header name. A
 * place with no entries is one row with an empty date and status; rows with the same id and date
 * are one entry with several sources. The one place the columns are named.
 */
final class ControlSheet {
  static final String ID = "id";
  static final String NAME = "name";
  static final String NAME_UK = "name_uk";
  static final String LAT = "lat";
  static final String LON = "lon";
  static final String ADMIN1 = "admin1";
  static final String KIND = "kind";
  static final String DATE = "date";
  static final String STATUS = "status";
  static final String CONFIDENCE = "confidence";
  static final String NOTE = "note";
  static final String SOURCE_PUBLISHER = "source_publisher";
  static final String SOURCE_TITLE = "source_title";
  static final String SOURCE_DATE = "source_date";
  static final String SOURCE_URL = "source_url";

  /** The columns a sheet must have. */
  static final List<String> REQUIRED = List.of(ID, NAME, LAT, LON);

  /** The columns written, in order. */
  static final List<String> WRITTEN =
      List.of(
          ID,
          NAME,
          NAME_UK,
          LAT,
          LON,
          ADMIN1,
          KIND,
          DATE,
          STATUS,
          CONFIDENCE,
          NOTE,
          SOURCE_PUBLISHER,
          SOURCE_TITLE,
          SOURCE_DATE,
          SOURCE_URL);

  private ControlSheet() {}
}
