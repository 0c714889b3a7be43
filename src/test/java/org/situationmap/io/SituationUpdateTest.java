package org.situationmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.situationmap.domain.Confidence;
import org.situationmap.domain.ControlChange;
import org.situationmap.domain.ControlStatus;
import org.situationmap.domain.GeoPoint;
import org.situationmap.domain.Note;
import org.situationmap.domain.Place;
import org.situationmap.domain.PlaceKind;
import org.situationmap.domain.Situation;
import org.situationmap.domain.Source;

/**
 * Saving an edited layer over the file it came from changes only the edited lines of the file (here
 * a copy of the bundled layer, laid out by another program than ours), keeps the previous file as
 * FILE.bak, and reads back as the edited layer.
 */
class SituationUpdateTest {
  private static final Path BUNDLED = Path.of("data", "donbas.geojson");
  private static final Source SOURCE =
      new Source("ISW", "Update", LocalDate.of(2024, 3, 2), "https://isw.pub/a");

  @TempDir Path dir;
  private Path file;
  private Situation base;
  private final SituationWriter writer = new SituationWriter();

  @BeforeEach
  void copy() throws Exception {
    file = dir.resolve("donbas.geojson");
    Files.copy(BUNDLED, file);
    base = new SituationReader().read(file).situation();
  }

  private Situation with(int index, Place place) {
    List<Place> places = new ArrayList<>(base.places());
    if (index == places.size()) {
      places.add(place);
    } else {
      places.set(index, place);
    }
    return new Situation(base.meta(), places, base.extras());
  }

  private int firstWithConfidence(Confidence confidence) {
    for (int i = 0; i < base.places().size(); i++) {
      if (base.places().get(i).control().get(0).confidence() == confidence) {
        return i;
      }
    }
    throw new AssertionError("no place with " + confidence);
  }

  /**
   * The lines of the original and the saved file that differ, in a longest-common-subsequence diff.
   */
  private LineDiff diff() throws IOException {
    return LineDiff.of(Files.readAllLines(BUNDLED), Files.readAllLines(file));
  }

  @Test
  void aOneFieldEditIsAOneLineChange() throws Exception {
    int i = firstWithConfidence(Confidence.CONFIRMED);
    Place place = base.places().get(i);
    List<ControlChange> control = new ArrayList<>(place.control());
    control.set(0, control.get(0).withConfidence(Confidence.ASSESSED));
    Situation edited = with(i, place.withControl(control));

    assertTrue(writer.update(base, edited, file));

    LineDiff diff = diff();
    assertEquals(List.of("            \"confidence\": \"confirmed\","), diff.removed());
    assertEquals(List.of("            \"confidence\": \"assessed\","), diff.added());
    assertEquals(edited, new SituationReader().read(file).situation());
    assertEquals(Files.readString(BUNDLED), Files.readString(dir.resolve("donbas.geojson.bak")));
  }

  @Test
  void anAddedEntryAndNoteAreOnlyAddedLines() throws Exception {
    int i = firstWithConfidence(Confidence.CONFIRMED);
    Place place = base.places().get(i);
    List<ControlChange> control = new ArrayList<>(place.control());
    control.add(
        new ControlChange(
            LocalDate.of(2030, 1, 1), ControlStatus.CONTESTED, null, List.of(SOURCE), "x", null));
    List<Note> notes = new ArrayList<>(place.notes());
    notes.add(new Note(LocalDate.of(2030, 1, 2), null, "A note", List.of(SOURCE)));
    Situation edited = with(i, place.withControl(control).withNotes(notes));

    assertTrue(writer.update(base, edited, file));

    LineDiff diff = diff();
    // An empty list on one line opens to hold the first element; nothing else is removed.
    assertEquals(
        List.of(),
        diff.removed().stream().filter(l -> !l.endsWith(": []")).toList(),
        diff::toString);
    assertTrue(diff.added().contains("            \"status\": \"contested\","), diff::toString);
    assertEquals(edited, new SituationReader().read(file).situation());
  }

  @Test
  void aMovedPlaceChangesItsCoordinatesOnly() throws Exception {
    Place place = base.places().get(3);
    Situation edited = with(3, place.withLocation(new GeoPoint(48.123456, 37.654321)));

    assertTrue(writer.update(base, edited, file));

    LineDiff diff = diff();
    assertEquals(2, diff.removed().size(), diff::toString);
    assertEquals(List.of("          37.654321,", "          48.123456"), diff.added());
    assertEquals(edited, new SituationReader().read(file).situation());
  }

  @Test
  void aNewPlaceGoesAfterTheLastFeatureAndRemovedEntriesLeaveNoTrace() throws Exception {
    Place added =
        new Place(
            "new-place",
            "New Place",
            PlaceKind.VILLAGE,
            new GeoPoint(48.5, 38.5),
            List.of(
                new ControlChange(
                    LocalDate.of(2022, 3, 1), ControlStatus.RUSSIA, null, List.of(SOURCE))),
            List.of());
    Situation grown = with(base.places().size(), added);
    Place withTwo =
        base.places().stream().filter(p -> p.control().size() > 2).findFirst().orElseThrow();
    int j = base.places().indexOf(withTwo);
    List<ControlChange> fewer = new ArrayList<>(withTwo.control());
    fewer.remove(1);
    List<Place> places = new ArrayList<>(grown.places());
    places.set(j, withTwo.withControl(fewer));
    Situation edited = new Situation(base.meta(), places, base.extras());

    assertTrue(writer.update(base, edited, file));

    assertEquals(edited, new SituationReader().read(file).situation());
    LineDiff diff = diff();
    assertTrue(diff.added().contains("      \"id\": \"new-place\","), diff::toString);
    assertFalse(diff.removed().isEmpty());
  }

  @Test
  void aFileThatDoesNotReadAsTheBaseIsWrittenWhole() throws Exception {
    Files.writeString(file, Files.readString(file).replace("\"confirmed\"", "\"claimed\""));
    Place place = base.places().get(0);
    Situation edited = with(0, place.withName("Renamed"));

    assertFalse(writer.update(base, edited, file));

    assertEquals(edited, new SituationReader().read(file).situation());
  }

  @Test
  void aFailedSaveLeavesTheOldFileAndSaysSo() throws Exception {
    Files.createDirectories(dir.resolve("donbas.geojson.bak").resolve("in-the-way"));
    Situation edited = with(0, base.places().get(0).withName("Renamed"));

    assertThrows(IOException.class, () -> writer.update(base, edited, file));

    assertEquals(Files.readString(BUNDLED), Files.readString(file));
    try (var left = Files.list(dir)) {
      assertEquals(2, left.count(), "no temporary file is left");
    }
  }
}
