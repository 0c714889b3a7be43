package org.situationmap.testing;

import java.time.LocalDate;
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
import org.situationmap.domain.Source;
import org.situationmap.layer.Layer;

/**
 * A small Donbas layer built in code for view-model and view tests. Indexes: 0 Sievierodonetsk, 1
 * Bakhmut, 2 Bakhmutske, 3 Lysychansk, 4 Donetsk, 5 Sloviansk, 6 Zolote.
 */
public final class SampleLayer {
  public static final int SIEVIERODONETSK = 0;
  public static final int BAKHMUT = 1;
  public static final int BAKHMUTSKE = 2;
  public static final int LYSYCHANSK = 3;
  public static final int DONETSK = 4;
  public static final int SLOVIANSK = 5;
  public static final int ZOLOTE = 6;

  private SampleLayer() {}

  /** The layer (without the drawable place set, which these views do not use). */
  public static Layer layer() {
    return Layer.of(new Situation(places()));
  }

  /** 2022-06-25 style dates. */
  public static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static List<Place> places() {
    return List.of(
        place(
            "sievierodonetsk",
            "Sievierodonetsk",
            new PlaceNames("Сєвєродонецьк", "Северодонецк", List.of("Severodonetsk")),
            PlaceKind.CITY,
            "Luhansk",
            101135,
            List.of(
                change("2022-02-24", ControlStatus.UKRAINE, Confidence.CONFIRMED, null, isw()),
                change(
                    "2022-05-30",
                    ControlStatus.CONTESTED,
                    Confidence.ASSESSED,
                    "Street fighting reported.",
                    new Source("Reuters", null, d("2022-05-30"), null)),
                change(
                    "2022-06-25",
                    ControlStatus.RUSSIA,
                    Confidence.CONFIRMED,
                    null,
                    new Source(
                        "BBC",
                        "Ukraine withdraws from Sievierodonetsk",
                        d("2022-06-24"),
                        "https://www.bbc.com/news/world-europe-61933612"))),
            List.of(
                note("2022-05-15", "Shelling", "Heavy shelling of the city."),
                note("2022-06-24", "Withdrawal ordered", "Governor says troops ordered to leave."),
                note("2022-07-10", "Administration", "An occupation administration is named."))),
        place(
            "bakhmut",
            "Bakhmut",
            new PlaceNames("Бахмут", "Бахмут", List.of("Artemivsk", "Артёмовск")),
            PlaceKind.CITY,
            "Donetsk",
            72310,
            List.of(
                change("2022-02-24", ControlStatus.UKRAINE, null, null, isw()),
                change("2022-08-01", ControlStatus.CONTESTED, Confidence.ASSESSED, null, isw()),
                change("2023-05-20", ControlStatus.RUSSIA, Confidence.CLAIMED, null, isw())),
            List.of(note("2023-05-20", null, "Wagner Group claims the capture of the city."))),
        place(
            "bakhmutske",
            "Bakhmutske",
            PlaceNames.EMPTY,
            PlaceKind.VILLAGE,
            "Donetsk",
            600,
            List.of(change("2022-02-24", ControlStatus.UKRAINE, null, null, isw())),
            List.of()),
        place(
            "lysychansk",
            "Lysychansk",
            new PlaceNames("Лисичанськ", "Лисичанск", List.of()),
            PlaceKind.CITY,
            "Luhansk",
            95031,
            List.of(
                change("2022-02-24", ControlStatus.UKRAINE, null, null, isw()),
                change("2022-07-03", ControlStatus.RUSSIA, Confidence.CONFIRMED, null, isw())),
            List.of(note("2022-06-27", "Encirclement threat", "Supply road under fire."))),
        place(
            "donetsk",
            "Donetsk",
            new PlaceNames("Донецьк", "Донецк", List.of()),
            PlaceKind.CITY,
            "Donetsk",
            905364,
            List.of(change("2022-02-24", ControlStatus.RUSSIA, null, null, isw())),
            List.of()),
        place(
            "sloviansk",
            "Sloviansk",
            new PlaceNames("Слов’янськ", "Славянск", List.of("Slavyansk", "Slov'yansk")),
            PlaceKind.CITY,
            "Donetsk",
            106972,
            List.of(change("2022-02-24", ControlStatus.UKRAINE, null, null, isw())),
            List.of()),
        place(
            "zolote",
            "Zolote",
            PlaceNames.EMPTY,
            PlaceKind.VILLAGE,
            "Luhansk",
            null,
            List.of(),
            List.of()));
  }

  private static Place place(
      String id,
      String name,
      PlaceNames names,
      PlaceKind kind,
      String admin1,
      Integer population,
      List<ControlChange> control,
      List<Note> notes) {
    return new Place(
        id,
        name,
        names,
        kind,
        admin1,
        population,
        new GeoPoint(48.5, 38.0),
        control,
        notes,
        Extras.EMPTY);
  }

  private static ControlChange change(
      String from, ControlStatus status, Confidence confidence, String note, Source source) {
    return new ControlChange(d(from), status, confidence, List.of(source), note, Extras.EMPTY);
  }

  private static Note note(String date, String title, String text) {
    return new Note(d(date), title, text, List.of(new Source("Reuters", "Report", d(date), null)));
  }

  private static Source isw() {
    return new Source(
        "ISW",
        "Russian Offensive Campaign Assessment",
        d("2022-02-24"),
        "https://www.understandingwar.org/");
  }
}
