package org.situationmap.ui.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.situationmap.testing.SampleLayer.BAKHMUT;
import static org.situationmap.testing.SampleLayer.SIEVIERODONETSK;
import static org.situationmap.testing.SampleLayer.d;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.situationmap.testing.SampleLayer;
import org.situationmap.text.Messages;
import org.situationmap.ui.state.AppState;

class NotesViewModelTest {
  private static final Messages EN = Messages.of(java.util.Locale.ENGLISH);
  private final AppState state = new AppState();
  private final List<String> opened = new ArrayList<>();
  private final List<String> copied = new ArrayList<>();
  private final NotesViewModel model =
      new NotesViewModel(
          state,
          new LinkOpener(
              u -> {
                opened.add(u);
                return CompletableFuture.completedFuture(true);
              },
              u -> true),
          copied::add,
          Runnable::run,
          EN);

  @Test
  void followsSelectionDateAndLayer() {
    assertNull(model.getDetails());
    state.setDate(d("2022-06-25"));
    state.setLayer(SampleLayer.layer());
    assertNull(model.getDetails());
    state.showPlace(SIEVIERODONETSK);
    assertEquals("Russia since 25 June 2022", model.getDetails().statusText());
    state.setDate(d("2022-06-01"));
    assertEquals("Contested since 30 May 2022", model.getDetails().statusText());
    state.showPlace(BAKHMUT);
    assertEquals("Bakhmut", model.getDetails().name());
    state.setLayer(SampleLayer.layer()); // a new layer clears the selection
    assertNull(model.getDetails());
  }

  @Test
  void jumpingToAPeriodSetsTheDateToItsChange() {
    state.setDate(d("2023-01-01"));
    state.setLayer(SampleLayer.layer());
    state.showPlace(SIEVIERODONETSK);
    model.jumpTo(model.getDetails().periods().get(1));
    assertEquals(d("2022-05-30"), state.getDate());
    assertEquals("Contested since 30 May 2022", model.getDetails().statusText());
  }

  @Test
  void closeClearsTheSelection() {
    state.setLayer(SampleLayer.layer());
    state.showPlace(BAKHMUT);
    model.close();
    assertEquals(-1, state.getSelected());
    assertNull(model.getDetails());
  }

  @Test
  void openLinkOnlyForHttpUrls() {
    model.openLink("javascript:alert(1)");
    model.openLink("https://www.bbc.com/news");
    assertEquals(List.of("https://www.bbc.com/news"), opened);
    assertEquals(List.of(), copied, "an opened link is not copied");
    assertEquals("", model.noticeProperty().get());
  }
}
