package org.situationmap.ui.notes;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.situationmap.domain.Note;
import org.situationmap.text.Messages;

/**
 * Fills the notes list: a card per note (style class {@code note-card}; later ones also {@code
 * later}, under a "Later" heading), each with date, title, text and sources. Plain text only; title
 * and text can be selected and copied.
 */
final class NoteCards {
  private NoteCards() {}

  /** Replaces the children of {@code list} with the cards of the notes of {@code d}. */
  static void fill(VBox list, PlaceDetails d, SourceActions actions, Messages text) {
    list.getChildren().clear();
    List<NoteItem> items = d.notes();
    if (items.stream().noneMatch(i -> !i.later())) {
      list.getChildren().add(SourceLines.wrapped(text.format("notes.none"), "notes-empty"));
    }
    boolean headed = false;
    for (NoteItem item : items) {
      if (item.later() && !headed) {
        Label later =
            SourceLines.wrapped(
                text.format("notes.later.heading", "date", text.date(d.date())),
                "notes-later-heading");
        later.setId("notes-later-heading");
        list.getChildren().add(later);
        headed = true;
      }
      list.getChildren().add(card(item, actions, text));
    }
  }

  private static Node card(NoteItem item, SourceActions actions, Messages text) {
    Note n = item.note();
    VBox card = new VBox(2);
    card.getStyleClass().add("note-card");
    Label date = new Label(text.date(n.date()));
    date.getStyleClass().add("note-date");
    HBox top = new HBox(6, date);
    if (item.later()) {
      card.getStyleClass().add("later");
      Label tag = new Label(text.format("notes.later.tag"));
      tag.getStyleClass().add("later-tag");
      top.getChildren().add(tag);
    }
    card.getChildren().add(top);
    if (item.site() != null) {
      card.getChildren()
          .add(SourceLines.wrapped(text.format("notes.atSite", "site", item.site()), "note-site"));
    }
    if (n.title() != null) {
      card.getChildren().add(new SelectableText(n.title(), "note-title"));
    }
    card.getChildren().add(new SelectableText(n.text(), "note-text"));
    card.getChildren().add(new SourceLines(n.sources(), actions, text));
    return card;
  }
}
