package org.situationmap.ui.common;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Puts plain text on the system clipboard. FX thread only. */
public final class PlainClipboard {
  private PlainClipboard() {}

  /** Replaces the clipboard's content with {@code text}. */
  public static void put(String text) {
    ClipboardContent content = new ClipboardContent();
    content.putString(text);
    Clipboard.getSystemClipboard().setContent(content);
  }
}
