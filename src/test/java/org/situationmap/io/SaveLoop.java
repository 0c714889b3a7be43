package org.situationmap.io;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.situationmap.domain.ControlChange;
import org.situationmap.domain.ControlStatus;
import org.situationmap.domain.Extras;
import org.situationmap.domain.GeoPoint;
import org.situationmap.domain.Note;
import org.situationmap.domain.Place;
import org.situationmap.domain.PlaceKind;
import org.situationmap.domain.Situation;
import org.situationmap.domain.SituationMeta;
import org.situationmap.domain.Source;

/**
 * A child process for {@link SituationWriterKillTest}: writes versions 1, 2, 3, … of a large
 * situation to a file with {@link SituationWriter}, forever, until it is killed. Prints "started"
 * after the first write.
 */
public final class SaveLoop {
  private SaveLoop() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int places = Integer.parseInt(args[1]);
    SituationWriter writer = new SituationWriter();
    for (int version = Integer.parseInt(args[2]); ; version++) {
      writer.write(situation(version, places), file);
      if (version == Integer.parseInt(args[2])) {
        System.out.println("started");
        System.out.flush();
      }
    }
  }

  /** Version {@code version}: its title says the version; it has {@code places} places. */
  static Situation situation(int version, int places) {
    Source source =
        new Source("ISW", "Assessment", LocalDate.of(2022, 6, 24), "https://example.org/");
    List<Place> list = new ArrayList<>(places);
    for (int i = 0; i < places; i++) {
      list.add(
          new Place(
              "p" + i,
              "Place " + i + " v" + version,
              PlaceKind.VILLAGE,
              new GeoPoint(48 + (i % 1000) / 1000.0, 37 + (i / 1000) / 100.0),
              List.of(
                  new ControlChange(
                      LocalDate.of(2022, 2, 24), ControlStatus.UKRAINE, null, List.of(source))),
              List.of(
                  new Note(
                      LocalDate.of(2022, 3, 1),
                      null,
                      "Version " + version + ". " + "Reported shelling in the area. ".repeat(8),
                      List.of(source)))));
    }
    return new Situation(
        new SituationMeta("version " + version, null, null, null, Extras.EMPTY),
        list,
        Extras.EMPTY);
  }
}
