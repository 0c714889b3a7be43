package org.situationmap.edit;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.situationmap.domain.Confidence;
import org.situationmap.domain.ControlChange;
import org.situationmap.domain.ControlStatus;
import org.situationmap.domain.GeoPoint;
import org.situationmap.domain.Note;
import org.situationmap.domain.Place;
import org.situationmap.domain.PlaceKind;
import org.situationmap.domain.PlaceNames;
import org.situationmap.domain.Source;
import org.situationmap.generate.SituationGenerator;
import org.situationmap.layer.Layer;

/** Random edits that fit a layer: of every kind, on random places, dates and entries. */
final class RandomEdits {
  private static final ControlStatus[] STATUSES = {
    ControlStatus.UKRAINE, ControlStatus.RUSSIA, ControlStatus.CONTESTED
  };

  private final SplittableRandom random;
  private int added;

  RandomEdits(long seed) {
    random = new SplittableRandom(seed);
  }

  /** An edit that fits {@code layer}. */
  Edit next(Layer layer) {
    int n = layer.index().size();
    Place place = layer.index().place(random.nextInt(n));
    String id = place.id();
    List<ControlChange> control = place.control();
    switch (random.nextInt(9)) {
      case 0:
        return new AddPlace(newPlace());
      case 1:
        return new ChangePlace(
            id,
            place.name() + " " + random.nextInt(10),
            new PlaceNames("Назва", null, List.of("Alt")),
            PlaceKind.values()[random.nextInt(PlaceKind.values().length)],
            random.nextBoolean() ? null : "Luhansk Oblast",
            random.nextBoolean() ? null : random.nextInt(100_000));
      case 2:
        return new MovePlace(
            id, new GeoPoint(47 + random.nextDouble(3), 36 + random.nextDouble(4)));
      case 3:
        return new AddControl(id, entry(freeDay(place)));
      case 4:
        if (!control.isEmpty()) {
          LocalDate from = control.get(random.nextInt(control.size())).from();
          LocalDate to = random.nextBoolean() ? from : freeDay(place);
          return new ReplaceControl(id, from, entry(to));
        }
        return new AddControl(id, entry(freeDay(place)));
      case 5:
        if (!control.isEmpty()) {
          return new RemoveControl(id, control.get(random.nextInt(control.size())).from());
        }
        return new AddControl(id, entry(freeDay(place)));
      case 6:
        return new AddNote(id, note());
      case 7:
        if (!place.notes().isEmpty()) {
          return new ReplaceNote(id, random.nextInt(place.notes().size()), note());
        }
        return new AddNote(id, note());
      default:
        if (!place.notes().isEmpty()) {
          return new RemoveNote(id, random.nextInt(place.notes().size()));
        }
        return new AddNote(id, note());
    }
  }

  private Place newPlace() {
    added++;
    List<ControlChange> control =
        random.nextBoolean() ? List.of() : List.of(entry(day()), entry(day().plusYears(20)));
    return new Place(
        "new-place-" + added + "-" + random.nextInt(1_000_000),
        "New place " + added,
        PlaceKind.VILLAGE,
        new GeoPoint(48 + random.nextDouble(), 38 + random.nextDouble()),
        control,
        random.nextBoolean() ? List.of() : List.of(note(), note()));
  }

  private LocalDate day() {
    return SituationGenerator.START.plusDays(random.nextInt(3000));
  }

  private LocalDate freeDay(Place place) {
    while (true) {
      LocalDate day = day();
      if (place.control().stream().noneMatch(c -> c.from().equals(day))) {
        return day;
      }
    }
  }

  private ControlChange entry(LocalDate from) {
    return new ControlChange(
        from,
        STATUSES[random.nextInt(STATUSES.length)],
        random.nextBoolean() ? null : Confidence.ASSESSED,
        List.of(source(from)),
        random.nextBoolean() ? null : "edited",
        null);
  }

  private Note note() {
    LocalDate date = day();
    return new Note(date, null, "Note " + random.nextInt(1000), List.of(source(date)));
  }

  private static Source source(LocalDate date) {
    return new Source("ISW", "Assessment", date, "https://example.org/a");
  }
}
