package org.situationmap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.situationmap.testing.SampleLayer.d;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.situationmap.domain.Confidence;
import org.situationmap.domain.ControlChange;
import org.situationmap.domain.ControlStatus;
import org.situationmap.domain.GeoPoint;
import org.situationmap.domain.Note;
import org.situationmap.domain.Place;
import org.situationmap.domain.PlaceKind;
import org.situationmap.domain.PlaceNames;
import org.situationmap.domain.Source;
import org.situationmap.layer.Layer;
import org.situationmap.testing.SampleLayer;
import org.situationmap.text.Message;
import org.situationmap.text.Messages;

class LayerDocumentTest {
  private static final Source ISW =
      new Source("ISW", "Update", d("2023-05-20"), "https://isw.pub/x");
  private static final ControlChange UKRAINE_2023 =
      new ControlChange(d("2023-09-01"), ControlStatus.UKRAINE, Confidence.CLAIMED, List.of(ISW));
  private static final Note NOTE = new Note(d("2023-05-21"), "Title", "Text", List.of(ISW));

  private final Layer original = SampleLayer.layer();
  private final LayerDocument document = new LayerDocument(original);

  private static Place bakhmut() {
    return SampleLayer.layer().index().place(SampleLayer.BAKHMUT);
  }

  static Stream<Edit> edits() {
    Place bakhmut = bakhmut();
    LocalDate first = bakhmut.control().get(0).from();
    return Stream.of(
        new AddPlace(
            new Place(
                "chasiv-yar",
                "Chasiv Yar",
                PlaceKind.TOWN,
                new GeoPoint(48.59, 37.83),
                List.of(),
                List.of())),
        new ChangePlace(
            "bakhmut",
            "Bakhmut",
            new PlaceNames("Бахмут", null, List.of("Artemivsk", "Artemovsk")),
            PlaceKind.TOWN,
            null,
            70000),
        new MovePlace("bakhmut", new GeoPoint(48.6, 38.0)),
        new AddControl("bakhmut", UKRAINE_2023),
        new ReplaceControl(
            "bakhmut", first, bakhmut.control().get(0).withConfidence(Confidence.CONFIRMED)),
        new ReplaceControl("bakhmut", first, bakhmut.control().get(0).withFrom(d("2013-01-01"))),
        new RemoveControl("bakhmut", first),
        new AddNote("bakhmut", NOTE),
        new ReplaceNote("bakhmut", 0, NOTE),
        new RemoveNote("bakhmut", 0));
  }

  @ParameterizedTest
  @MethodSource("edits")
  void eachEditChangesTheLayerAndItsUndoRestoresItExactly(Edit edit) throws Exception {
    LayerDocument.Change change = document.apply(edit);

    assertNotEquals(original.situation(), change.layer().situation());
    assertEquals(edit.placeId(), change.layer().index().place(change.place()).id());
    assertTrue(document.isDirty());
    assertEquals(change.layer(), document.layer());

    Layer undone = document.undo().orElseThrow().layer();
    assertEquals(original.situation(), undone.situation());
    assertEquals(original.index().places(), undone.index().places());
    assertFalse(document.isDirty());

    Layer redone = document.redo().orElseThrow().layer();
    assertEquals(change.layer().situation(), redone.situation());
    assertTrue(document.isDirty());
  }

  @Test
  void editsAreNamedForTheMenu() throws Exception {
    Messages text = Messages.base();
    document.apply(new AddControl("bakhmut", UKRAINE_2023));

    assertEquals(
        Optional.of("add control change to Bakhmut"), document.undoName().map(text::format));
    assertEquals(Optional.empty(), document.redoName());
    document.undo();
    assertEquals(Optional.empty(), document.undoName());
    assertEquals(
        Optional.of("add control change to Bakhmut"), document.redoName().map(text::format));
  }

  @Test
  void aSecondEntryOnOneDayIsRefusedWithTheReason() throws Exception {
    LocalDate first = bakhmut().control().get(0).from();
    EditException refused =
        assertThrows(
            EditException.class,
            () -> document.apply(new AddControl("bakhmut", UKRAINE_2023.withFrom(first))));

    assertEquals(
        "Bakhmut has a control entry on " + first + " already: a place has one status per day",
        Messages.base().format(refused.reason()));
    assertEquals(original, document.layer());
    assertFalse(document.isDirty());
  }

  @Test
  void aPlaceIdTakenOrMissingIsRefused() {
    Place copy = bakhmut();
    assertThrows(EditException.class, () -> document.apply(new AddPlace(copy)));
    assertThrows(
        EditException.class, () -> document.apply(new MovePlace("nowhere", new GeoPoint(1, 2))));
    assertThrows(
        EditException.class, () -> document.apply(new RemoveControl("bakhmut", d("1999-01-01"))));
  }

  @Test
  void anEditThatChangesNothingIsNotRecorded() throws Exception {
    LayerDocument.Change change = document.apply(new MovePlace("bakhmut", bakhmut().location()));

    assertEquals(original, change.layer());
    assertFalse(document.isDirty());
    assertEquals(Optional.empty(), document.undoName());
  }

  @Test
  void aNewEditDropsTheRedoHistory() throws Exception {
    document.apply(new AddNote("bakhmut", NOTE));
    document.undo();
    document.apply(new MovePlace("bakhmut", new GeoPoint(48.6, 38.0)));

    assertEquals(Optional.empty(), document.redo());
  }

  @Test
  void savingMarksThePointInTheHistoryThatIsOnDisk() throws Exception {
    document.apply(new AddNote("bakhmut", NOTE));
    LayerDocument.Snapshot snapshot = document.snapshot();
    document.apply(new MovePlace("bakhmut", new GeoPoint(48.6, 38.0)));

    Layer saved = document.saved(snapshot, Path.of("saved.geojson"));

    assertEquals(Path.of("saved.geojson"), saved.file());
    assertTrue(document.isDirty(), "the move came after the snapshot");
    document.undo();
    assertFalse(document.isDirty());
    document.undo();
    assertTrue(document.isDirty());
  }

  @Test
  void theHistoryKeepsItsLimit() throws Exception {
    LayerDocument small = new LayerDocument(original, 2);
    for (int i = 0; i < 3; i++) {
      small.apply(new MovePlace("bakhmut", new GeoPoint(48.6, 38.0 + i / 10.0)));
    }
    assertTrue(small.undo().isPresent());
    assertTrue(small.undo().isPresent());
    assertEquals(Optional.empty(), small.undo());
    assertTrue(small.isDirty(), "the first move cannot be undone any more");
  }

  @Test
  void undoOfAnAddedPlaceRemovesItAndSelectsNothing() throws Exception {
    Place added =
        new Place(
            "new", "New", PlaceKind.SITE, new GeoPoint(48, 38), List.of(UKRAINE_2023), List.of());
    LayerDocument.Change change = document.apply(new AddPlace(added));
    assertEquals(original.index().size(), change.place());

    LayerDocument.Change undone = document.undo().orElseThrow();

    assertEquals(-1, undone.place());
    assertEquals(-1, undone.layer().index().indexOf("new"));
    assertEquals(Optional.empty(), document.undoName().map(Message::key));
  }
}
